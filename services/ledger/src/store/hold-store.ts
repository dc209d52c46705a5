import { sql, type Kysely, type Selectable } from 'kysely';
import { createOutboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import { amountFromDb, amountToDb } from '../domain/amount.js';
import type { Hold, HoldRepositories, HoldRepository, HoldUnitOfWork, ReputationAdjustmentRepository } from '../domain/holds-model.js';
import { repositories } from './ledger-store.js';
import type { HoldsTable, LedgerDatabase } from './schema.js';

type HoldRow = Selectable<HoldsTable>;

function toHold(row: HoldRow): Hold {
  return {
    id: row.id,
    reference: row.reference,
    payerId: row.payer_id,
    receiverId: row.receiver_id,
    amount: amountFromDb(row.amount),
    fee: amountFromDb(row.fee),
    purpose: row.purpose,
    status: row.status,
    expiresAt: row.expires_at ? new Date(row.expires_at) : null,
    postedAmount: row.posted_amount === null ? null : amountFromDb(row.posted_amount),
    transactionId: row.transaction_id,
    endReason: row.end_reason,
    createdAt: new Date(row.created_at),
    endedAt: row.ended_at ? new Date(row.ended_at) : null,
  };
}

export function holdRepository(db: Kysely<LedgerDatabase>): HoldRepository {
  return {
    async insert(hold) {
      await db
        .insertInto('holds')
        .values({
          id: hold.id,
          reference: hold.reference,
          payer_id: hold.payerId,
          receiver_id: hold.receiverId,
          amount: amountToDb(hold.amount),
          fee: amountToDb(hold.fee),
          purpose: hold.purpose,
          status: hold.status,
          expires_at: hold.expiresAt,
          created_at: hold.createdAt,
        })
        .execute();
    },
    async get(id) {
      const row = await db.selectFrom('holds').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toHold(row) : null;
    },
    async getByReference(reference) {
      const row = await db.selectFrom('holds').selectAll().where('reference', '=', reference).executeTakeFirst();
      return row ? toHold(row) : null;
    },
    async lock(id) {
      const row = await db.selectFrom('holds').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      return row ? toHold(row) : null;
    },
    async end(id, end) {
      await db
        .updateTable('holds')
        .set({
          status: end.status,
          ended_at: end.endedAt,
          posted_amount: end.postedAmount === null ? null : amountToDb(end.postedAmount),
          transaction_id: end.transactionId,
          end_reason: end.endReason,
        })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
    },
    async dueForExpiry(now, limit) {
      const rows = await db
        .selectFrom('holds')
        .select('id')
        .where('status', '=', 'pending')
        .where('expires_at', '<=', now)
        .orderBy('expires_at')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },
    async pendingTotal() {
      const row = await db
        .selectFrom('holds')
        .select([sql<string>`count(*)`.as('n'), sql<string>`coalesce(sum(amount + fee), 0)`.as('total')])
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), total: amountFromDb(row.total) };
    },
  };
}

export function reputationAdjustmentRepository(db: Kysely<LedgerDatabase>): ReputationAdjustmentRepository {
  return {
    async apply(input) {
      const claimed = await db
        .insertInto('reputation_adjustments')
        .values({ key: input.key, agent_did: input.agentDid, delta: input.delta, old_score: 0, new_score: 0, reason: input.reason, created_at: input.at })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      if (!claimed) return null;
      // One statement, like the signals: concurrent changes to one agent add up.
      const row = await db
        .insertInto('reputation')
        .values({ agent_did: input.agentDid, score: input.delta, adjustment: input.delta, positive_signals: 0, negative_signals: 0, total_signals: 0, last_updated: input.at })
        .onConflict((oc) =>
          oc.column('agent_did').doUpdateSet({
            score: sql`reputation.score + excluded.score`,
            adjustment: sql`reputation.adjustment + excluded.adjustment`,
            last_updated: sql`excluded.last_updated`,
          }),
        )
        .returning('score')
        .executeTakeFirstOrThrow();
      const newScore = Number(row.score);
      const oldScore = newScore - input.delta;
      await db.updateTable('reputation_adjustments').set({ old_score: oldScore, new_score: newScore }).where('key', '=', input.key).execute();
      return { oldScore, newScore };
    },
    async get(key) {
      const row = await db.selectFrom('reputation_adjustments').selectAll().where('key', '=', key).executeTakeFirst();
      return row ? { agentDid: row.agent_did, delta: Number(row.delta), oldScore: Number(row.old_score), newScore: Number(row.new_score) } : null;
    },
  };
}

export function holdRepositories(db: Kysely<LedgerDatabase>, onOutboxAppend: () => void = () => {}): HoldRepositories {
  return { ...repositories(db, onOutboxAppend), holds: holdRepository(db), reputationAdjustments: reputationAdjustmentRepository(db) };
}

export function createHoldUnitOfWork(database: Database<LedgerDatabase>, onOutboxCommit: () => void = () => {}): HoldUnitOfWork {
  return createOutboxUnitOfWork(database, holdRepositories, onOutboxCommit);
}
