import { type Kysely } from 'kysely';
import { amountFromDb, amountToDb } from '../domain/amount.js';
import type { FundingRequest } from '../domain/model.js';
import type { FundingRequestRepository } from '../domain/ports.js';
import type { FundingRequestRow, LedgerDatabase } from './schema.js';

/** Persistence of funding requests (flow 10); runs inside the caller's transaction when given one. */

function toFundingRequest(row: FundingRequestRow): FundingRequest {
  return {
    id: row.id,
    agentDid: row.agent_did,
    amount: amountFromDb(row.amount),
    reason: row.reason,
    status: row.status,
    createdAt: new Date(row.created_at),
    decidedAt: row.decided_at ? new Date(row.decided_at) : null,
    decidedBy: row.decided_by ?? null,
    decisionReason: row.decision_reason ?? null,
    transactionId: row.transaction_id ?? null,
  };
}

export function fundingRequestRepository(db: Kysely<LedgerDatabase>): FundingRequestRepository {
  return {
    async insert(request) {
      await db
        .insertInto('funding_requests')
        .values({
          id: request.id,
          agent_did: request.agentDid,
          amount: amountToDb(request.amount),
          reason: request.reason,
          status: request.status,
          created_at: request.createdAt,
        })
        .execute();
    },
    async get(id) {
      const row = await db.selectFrom('funding_requests').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toFundingRequest(row) : null;
    },
    async lock(id) {
      const row = await db.selectFrom('funding_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      return row ? toFundingRequest(row) : null;
    },
    async decide(id, decision) {
      const result = await db
        .updateTable('funding_requests')
        .set({
          status: decision.status,
          decided_at: decision.decidedAt,
          decided_by: decision.decidedBy,
          decision_reason: decision.decisionReason,
          transaction_id: decision.transactionId,
        })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new Error(`funding request ${id} was not pending when decided`);
    },
    async list(query) {
      let q = db.selectFrom('funding_requests');
      if (query.agentDid) q = q.where('agent_did', '=', query.agentDid);
      if (query.status) q = q.where('status', '=', query.status);
      const [rows, count] = await Promise.all([
        q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
        q.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toFundingRequest), total: Number(count.total) };
    },
  };
}
