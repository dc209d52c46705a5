import type { Kysely } from 'kysely';
import { appendToOutbox, outboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import { amountFromDb, amountToDb } from '@agentvault/ledger/amount';
import type { Contract, Dispute, Evidence, PaymentToken } from '../domain/model.js';
import type { PaymentsRepositories, PaymentsUnitOfWork } from '../domain/ports.js';

const SOURCE = 'payments';

const date = (v: unknown) => (v ? new Date(v as string) : null);

/* eslint-disable @typescript-eslint/no-explicit-any -- rows are mapped field by field right here */
function toToken(r: any): PaymentToken {
  return {
    id: r.id, tokenHash: r.token_hash, settleKey: r.settle_key, callerDid: r.caller_did, receiverDid: r.receiver_did,
    amount: amountFromDb(r.amount), fee: amountFromDb(r.fee), purpose: r.purpose, status: r.status, holdId: r.hold_id,
    transactionId: r.transaction_id, holdSettled: r.hold_settled, createdAt: new Date(r.created_at), expiresAt: new Date(r.expires_at),
    consumedAt: date(r.consumed_at), settledAt: date(r.settled_at), releasedAt: date(r.released_at),
  };
}

function toContract(r: any): Contract {
  return {
    id: r.id, clientDid: r.client_did, providerDid: r.provider_did, description: r.description, price: amountFromDb(r.price),
    deadline: new Date(r.deadline), status: r.status, resultPointer: r.result_pointer, holdId: r.hold_id, transactionId: r.transaction_id,
    disputeId: r.dispute_id, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at), acceptedAt: date(r.accepted_at),
    submittedAt: date(r.submitted_at), completedAt: date(r.completed_at),
  };
}

function toDispute(r: any): Dispute {
  const evidence = (typeof r.evidence === 'string' ? JSON.parse(r.evidence) : r.evidence) as Array<Omit<Evidence, 'submittedAt'> & { submittedAt: string }>;
  return {
    id: r.id, claimantDid: r.claimant_did, defendantDid: r.defendant_did, transactionId: r.transaction_id, contractId: r.contract_id,
    reasonCode: r.reason_code, description: r.description, status: r.status,
    evidence: evidence.map((e) => ({ ...e, submittedAt: new Date(e.submittedAt) })),
    resolutionNotes: r.resolution_notes, reputationAdjustment: Number(r.reputation_adjustment),
    tokenPenalty: r.token_penalty === null ? null : amountFromDb(r.token_penalty), penalizedDid: r.penalized_did, penaltyRecipient: r.penalty_recipient,
    penaltyTransactionId: r.penalty_transaction_id, effectsApplied: r.effects_applied, ruledBy: r.ruled_by, ruledAt: date(r.ruled_at),
    createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const SNAKE: Record<string, string> = {};
const snake = (key: string) => (SNAKE[key] ??= key.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase()));

/** camelCase changes → column values, amounts and evidence converted for the database. */
function columns(changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (typeof value === 'bigint') out[snake(key)] = amountToDb(value);
    else if (key === 'evidence') out.evidence = JSON.stringify(value);
    else out[snake(key)] = value;
  }
  return out;
}

async function page<T>(query: any, limit: number, offset: number, map: (r: any) => T) {
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    query.select((eb: any) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: (rows as unknown[]).map(map), total: Number((count as { total: string }).total) };
}

export function repositories(db: Kysely<any>, onEvent: () => void = () => {}): PaymentsRepositories {
  return {
    tokens: {
      async insert(t) {
        const { consumedAt, settledAt, releasedAt, ...rest } = t;
        await db.insertInto('payment_tokens').values(columns({ ...rest, consumedAt, settledAt, releasedAt }) as any).execute();
      },
      async byHash(hash) {
        const r = await db.selectFrom('payment_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
        return r ? toToken(r) : null;
      },
      async get(id) {
        const r = await db.selectFrom('payment_tokens').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? toToken(r) : null;
      },
      async lock(id) {
        const r = await db.selectFrom('payment_tokens').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return r ? toToken(r) : null;
      },
      async update(id, changes) {
        await db.updateTable('payment_tokens').set(columns(changes)).where('id', '=', id).execute();
      },
      async list(q) {
        let query = db.selectFrom('payment_tokens').where('caller_did', '=', q.callerDid);
        if (q.status === 'EXPIRED') query = query.where((eb) => eb.or([eb('status', '=', 'EXPIRED'), eb.and([eb('status', '=', 'AUTHORIZED'), eb('expires_at', '<=', new Date())])]));
        else if (q.status === 'AUTHORIZED') query = query.where('status', '=', 'AUTHORIZED').where('expires_at', '>', new Date());
        else if (q.status) query = query.where('status', '=', q.status);
        return page(query, q.limit, q.offset, toToken);
      },
      async unfinished(now, limit) {
        const rows = await db
          .selectFrom('payment_tokens')
          .selectAll()
          .where('hold_settled', '=', false)
          .where((eb) => eb.or([eb('status', 'in', ['CONSUMED', 'RELEASED']), eb('expires_at', '<=', now)]))
          .orderBy('expires_at')
          .limit(limit)
          .execute();
        return rows.map(toToken);
      },
    },
    contracts: {
      async insert(c) {
        await db.insertInto('contracts').values(columns(c as unknown as Record<string, unknown>) as any).execute();
      },
      async get(id) {
        const r = await db.selectFrom('contracts').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? toContract(r) : null;
      },
      async lock(id) {
        const r = await db.selectFrom('contracts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return r ? toContract(r) : null;
      },
      async update(id, changes) {
        await db.updateTable('contracts').set(columns(changes)).where('id', '=', id).execute();
      },
      async list(q) {
        let query = db.selectFrom('contracts');
        if (q.agentDid) query = query.where((eb) => eb.or([eb('client_did', '=', q.agentDid!), eb('provider_did', '=', q.agentDid!)]));
        if (q.status) query = query.where('status', '=', q.status);
        return page(query, q.limit, q.offset, toContract);
      },
    },
    disputes: {
      async insert(d) {
        await db.insertInto('disputes').values(columns(d as unknown as Record<string, unknown>) as any).execute();
      },
      async get(id) {
        const r = await db.selectFrom('disputes').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? toDispute(r) : null;
      },
      async lock(id) {
        const r = await db.selectFrom('disputes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return r ? toDispute(r) : null;
      },
      async update(id, changes) {
        await db.updateTable('disputes').set(columns(changes)).where('id', '=', id).execute();
      },
      async list(q) {
        let query = db.selectFrom('disputes');
        if (q.agentDid) query = query.where((eb) => eb.or([eb('claimant_did', '=', q.agentDid!), eb('defendant_did', '=', q.agentDid!)]));
        if (q.status) query = query.where('status', '=', q.status);
        return page(query, q.limit, q.offset, toDispute);
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, SOURCE, event);
        onEvent();
      },
    },
  };
}

export function createPaymentsUnitOfWork(database: Database, onCommitWithEvents: () => void = () => {}): PaymentsUnitOfWork {
  return outboxUnitOfWork(database, repositories, onCommitWithEvents);
}

