import { sql, type Kysely } from 'kysely';
import type { AgentReputation, ReputationHistoryEntry } from '../domain/model.js';
import type { ReputationRepository } from '../domain/ports.js';
import type { LedgerDatabase, ReputationHistoryRow, ReputationRow } from './schema.js';

/** Persistence of the reputation projection and its history; runs inside the caller's transaction when given one. */

function toReputation(row: ReputationRow): AgentReputation {
  return {
    agentDid: row.agent_did,
    score: Number(row.score),
    positiveSignals: Number(row.positive_signals),
    negativeSignals: Number(row.negative_signals),
    totalSignals: Number(row.total_signals),
    lastUpdated: row.last_updated ? new Date(row.last_updated) : null,
  };
}

function toHistoryEntry(row: ReputationHistoryRow): ReputationHistoryEntry {
  return {
    agentDid: row.agent_did,
    transactionId: row.transaction_id,
    signaledBy: row.signaled_by,
    signalValue: row.signal_value,
    scoreChange: Number(row.score_change),
    newScore: Number(row.new_score),
    reason: row.reason,
    createdAt: new Date(row.created_at),
  };
}

export function reputationRepository(db: Kysely<LedgerDatabase>): ReputationRepository {
  return {
    async get(did) {
      const row = await db.selectFrom('reputation').selectAll().where('agent_did', '=', did).executeTakeFirst();
      return row ? toReputation(row) : null;
    },
    async getMany(dids) {
      if (dids.length === 0) return [];
      const rows = await db.selectFrom('reputation').selectAll().where('agent_did', 'in', dids).execute();
      return rows.map(toReputation);
    },
    async apply(did, signal, at) {
      // One statement: concurrent signals to one agent add up instead of overwriting each other.
      const row = await db
        .insertInto('reputation')
        .values({
          agent_did: did,
          score: signal,
          positive_signals: signal > 0 ? 1 : 0,
          negative_signals: signal < 0 ? 1 : 0,
          total_signals: 1,
          last_updated: at,
        })
        .onConflict((oc) =>
          oc.column('agent_did').doUpdateSet({
            score: sql`reputation.score + excluded.score`,
            positive_signals: sql`reputation.positive_signals + excluded.positive_signals`,
            negative_signals: sql`reputation.negative_signals + excluded.negative_signals`,
            total_signals: sql`reputation.total_signals + excluded.total_signals`,
            last_updated: sql`excluded.last_updated`,
          }),
        )
        .returning('score')
        .executeTakeFirstOrThrow();
      const newScore = Number(row.score);
      return { oldScore: newScore - signal, newScore };
    },
    async appendHistory(entry) {
      await db
        .insertInto('reputation_history')
        .values({
          agent_did: entry.agentDid,
          transaction_id: entry.transactionId,
          signaled_by: entry.signaledBy,
          signal_value: entry.signalValue,
          score_change: entry.scoreChange,
          new_score: entry.newScore,
          reason: entry.reason,
          created_at: entry.createdAt,
        })
        .execute();
    },
    async history(did, limit, offset) {
      const q = db.selectFrom('reputation_history').where('agent_did', '=', did);
      const [rows, count] = await Promise.all([
        q.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
        q.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toHistoryEntry), total: Number(count.total) };
    },
    async rankings(limit, offset) {
      const [rows, count] = await Promise.all([
        db
          .selectFrom('reputation')
          .selectAll()
          .orderBy('score', 'desc')
          .orderBy('positive_signals', 'desc')
          .orderBy('agent_did')
          .limit(limit)
          .offset(offset)
          .execute(),
        db.selectFrom('reputation').select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toReputation), total: Number(count.total) };
    },
  };
}
