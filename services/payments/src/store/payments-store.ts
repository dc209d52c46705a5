import type { Kysely, SelectQueryBuilder, Updateable } from 'kysely';
import { appendToOutbox, createOutboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import { amountFromDb, amountToDb } from '@agentvault/ledger/amount';
import type { Contract, Dispute, PaymentToken } from '../domain/model.js';
import type { PaymentsRepositories, PaymentsUnitOfWork } from '../domain/ports.js';
import { auditRepositories } from './audit-store.js';
import type { ContractRow, ContractsTable, DisputeRow, DisputesTable, PaymentsDatabase, PaymentTokenRow, PaymentTokensTable } from './schema.js';

const SOURCE = 'payments';

const date = (v: Date | null) => (v ? new Date(v) : null);
const money = (v: bigint | null | undefined) => (v === undefined ? undefined : v === null ? null : amountToDb(v));

function toToken(r: PaymentTokenRow): PaymentToken {
  return {
    id: r.id, tokenHash: r.token_hash, settleKey: r.settle_key, callerDid: r.caller_did, receiverDid: r.receiver_did,
    amount: amountFromDb(r.amount), fee: amountFromDb(r.fee), purpose: r.purpose, status: r.status, holdId: r.hold_id,
    transactionId: r.transaction_id, holdSettled: r.hold_settled, createdAt: new Date(r.created_at), expiresAt: new Date(r.expires_at),
    consumedAt: date(r.consumed_at), settledAt: date(r.settled_at), releasedAt: date(r.released_at),
    receiverRegistry: r.receiver_registry ?? null,
  };
}

function toContract(r: ContractRow): Contract {
  return {
    id: r.id, clientDid: r.client_did, providerDid: r.provider_did, description: r.description, price: amountFromDb(r.price),
    deadline: new Date(r.deadline), status: r.status, resultPointer: r.result_pointer, holdId: r.hold_id, transactionId: r.transaction_id,
    disputeId: r.dispute_id, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at), acceptedAt: date(r.accepted_at),
    submittedAt: date(r.submitted_at), completedAt: date(r.completed_at),
  };
}

function toDispute(r: DisputeRow): Dispute {
  const evidence = typeof r.evidence === 'string' ? (JSON.parse(r.evidence) as DisputeRow['evidence']) : r.evidence;
  return {
    id: r.id, claimantDid: r.claimant_did, defendantDid: r.defendant_did, transactionId: r.transaction_id, contractId: r.contract_id,
    reasonCode: r.reason_code, description: r.description, status: r.status,
    evidence: evidence.map((e) => ({ ...e, submittedAt: new Date(e.submittedAt) })),
    resolutionNotes: r.resolution_notes, reputationAdjustment: Number(r.reputation_adjustment),
    tokenPenalty: r.token_penalty === null ? null : amountFromDb(r.token_penalty), penalizedDid: r.penalized_did, penaltyRecipient: r.penalty_recipient,
    penaltyTransactionId: r.penalty_transaction_id, effectsApplied: r.effects_applied, ruledBy: r.ruled_by, ruledAt: date(r.ruled_at),
    createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at), defendantRegistry: r.defendant_registry, remoteSlashStatus: r.remote_slash_status,
    remoteSlashReason: r.remote_slash_reason, remotePenaltyTransactionId: r.remote_penalty_transaction_id,
  };
}

const toBinding = (r: { nonce: string; token_id: string; receiver_did: string; transaction_id: string | null }) => ({
  nonce: r.nonce, tokenId: r.token_id, receiverDid: r.receiver_did, transactionId: r.transaction_id,
});

type TokenChanges = Parameters<PaymentsRepositories['tokens']['update']>[1];
type ContractChanges = Parameters<PaymentsRepositories['contracts']['update']>[1];
type DisputeChanges = Parameters<PaymentsRepositories['disputes']['update']>[1];

function tokenColumns(c: TokenChanges): Updateable<PaymentTokensTable> {
  return {
    status: c.status, transaction_id: c.transactionId, hold_settled: c.holdSettled,
    consumed_at: c.consumedAt, settled_at: c.settledAt, released_at: c.releasedAt,
  };
}

function contractColumns(c: ContractChanges): Updateable<ContractsTable> {
  return {
    provider_did: c.providerDid, description: c.description, deadline: c.deadline, status: c.status, result_pointer: c.resultPointer,
    hold_id: c.holdId, transaction_id: c.transactionId, dispute_id: c.disputeId, updated_at: c.updatedAt, accepted_at: c.acceptedAt,
    submitted_at: c.submittedAt, completed_at: c.completedAt,
  };
}

function disputeColumns(c: DisputeChanges): Updateable<DisputesTable> {
  return {
    claimant_did: c.claimantDid, defendant_did: c.defendantDid, transaction_id: c.transactionId, contract_id: c.contractId,
    reason_code: c.reasonCode, description: c.description, status: c.status,
    evidence: c.evidence === undefined ? undefined : JSON.stringify(c.evidence.map((e) => ({ ...e, submittedAt: e.submittedAt.toISOString() }))),
    resolution_notes: c.resolutionNotes, reputation_adjustment: c.reputationAdjustment, token_penalty: money(c.tokenPenalty),
    penalized_did: c.penalizedDid, penalty_recipient: c.penaltyRecipient, penalty_transaction_id: c.penaltyTransactionId,
    effects_applied: c.effectsApplied, ruled_by: c.ruledBy, ruled_at: c.ruledAt, updated_at: c.updatedAt, defendant_registry: c.defendantRegistry,
    remote_slash_status: c.remoteSlashStatus, remote_slash_reason: c.remoteSlashReason, remote_penalty_transaction_id: c.remotePenaltyTransactionId,
  };
}

/** undefined means "unchanged": kysely would otherwise still name the column. */
function defined<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as T;
}

async function page<T, Table extends 'payment_tokens' | 'contracts' | 'disputes', Row>(
  query: SelectQueryBuilder<PaymentsDatabase, Table, object>,
  limit: number,
  offset: number,
  map: (r: Row) => T,
) {
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: (rows as Row[]).map(map), total: Number(count.total) };
}

export function repositories(db: Kysely<PaymentsDatabase>, onOutboxAppend: () => void = () => {}): PaymentsRepositories {
  return {
    ...auditRepositories(db),
    tokens: {
      async insert(t) {
        await db
          .insertInto('payment_tokens')
          .values({
            id: t.id, token_hash: t.tokenHash, settle_key: t.settleKey, caller_did: t.callerDid, receiver_did: t.receiverDid,
            amount: amountToDb(t.amount), fee: amountToDb(t.fee), purpose: t.purpose, status: t.status, hold_id: t.holdId,
            transaction_id: t.transactionId, hold_settled: t.holdSettled, created_at: t.createdAt, expires_at: t.expiresAt,
            consumed_at: t.consumedAt, settled_at: t.settledAt, released_at: t.releasedAt, receiver_registry: t.receiverRegistry,
          })
          .execute();
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
        await db.updateTable('payment_tokens').set(defined(tokenColumns(changes))).where('id', '=', id).execute();
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
        await db
          .insertInto('contracts')
          .values({
            id: c.id, client_did: c.clientDid, provider_did: c.providerDid, description: c.description, price: amountToDb(c.price),
            deadline: c.deadline, status: c.status, result_pointer: c.resultPointer, hold_id: c.holdId, transaction_id: c.transactionId,
            dispute_id: c.disputeId, created_at: c.createdAt, updated_at: c.updatedAt, accepted_at: c.acceptedAt,
            submitted_at: c.submittedAt, completed_at: c.completedAt,
          })
          .execute();
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
        await db.updateTable('contracts').set(defined(contractColumns(changes))).where('id', '=', id).execute();
      },
      async list(q) {
        let query = db.selectFrom('contracts');
        if (q.agentDid) {
          const agent = q.agentDid;
          query = query.where((eb) => eb.or([eb('client_did', '=', agent), eb('provider_did', '=', agent)]));
        }
        if (q.status) query = query.where('status', '=', q.status);
        return page(query, q.limit, q.offset, toContract);
      },
      async stalePending(before, limit) {
        const rows = await db.selectFrom('contracts').selectAll().where('status', '=', 'PENDING').where('created_at', '<', before).orderBy('created_at').limit(limit).execute();
        return rows.map(toContract);
      },
    },
    disputes: {
      async insert(d) {
        await db
          .insertInto('disputes')
          .values({
            id: d.id, claimant_did: d.claimantDid, defendant_did: d.defendantDid, transaction_id: d.transactionId, contract_id: d.contractId,
            reason_code: d.reasonCode, description: d.description, status: d.status,
            evidence: JSON.stringify(d.evidence.map((e) => ({ ...e, submittedAt: e.submittedAt.toISOString() }))),
            resolution_notes: d.resolutionNotes, reputation_adjustment: d.reputationAdjustment, token_penalty: money(d.tokenPenalty),
            penalized_did: d.penalizedDid, penalty_recipient: d.penaltyRecipient, penalty_transaction_id: d.penaltyTransactionId,
            effects_applied: d.effectsApplied, ruled_by: d.ruledBy, ruled_at: d.ruledAt, created_at: d.createdAt, updated_at: d.updatedAt,
            defendant_registry: d.defendantRegistry, remote_slash_status: d.remoteSlashStatus,
          })
          .execute();
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
        await db.updateTable('disputes').set(defined(disputeColumns(changes))).where('id', '=', id).execute();
      },
      async list(q) {
        let query = db.selectFrom('disputes');
        if (q.agentDid) {
          const agent = q.agentDid;
          query = query.where((eb) => eb.or([eb('claimant_did', '=', agent), eb('defendant_did', '=', agent)]));
        }
        if (q.status) query = query.where('status', '=', q.status);
        return page(query, q.limit, q.offset, toDispute);
      },
      async remoteSlashesPending(limit) {
        const rows = await db.selectFrom('disputes').selectAll().where('remote_slash_status', '=', 'pending').orderBy('updated_at').limit(limit).execute();
        return rows.map(toDispute);
      },
    },
    x402: {
      async bind(b) {
        await db
          .insertInto('x402_settlements')
          .values({ nonce: b.nonce, token_id: b.tokenId, receiver_did: b.receiverDid })
          .onConflict((oc) => oc.doNothing())
          .execute();
        const row = await db.selectFrom('x402_settlements').selectAll().where((eb) => eb.or([eb('nonce', '=', b.nonce), eb('token_id', '=', b.tokenId)])).orderBy('created_at').executeTakeFirstOrThrow();
        return toBinding(row);
      },
      async byNonce(nonce) {
        const row = await db.selectFrom('x402_settlements').selectAll().where('nonce', '=', nonce).executeTakeFirst();
        return row ? toBinding(row) : null;
      },
      async byToken(tokenId) {
        const row = await db.selectFrom('x402_settlements').selectAll().where('token_id', '=', tokenId).executeTakeFirst();
        return row ? toBinding(row) : null;
      },
      async settled(nonce, transactionId, at) {
        await db.updateTable('x402_settlements').set({ transaction_id: transactionId, settled_at: at }).where('nonce', '=', nonce).execute();
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, SOURCE, event);
        onOutboxAppend();
      },
    },
  };
}

/** Transactions over the payments schema; `onOutboxCommit` wakes the relay after a commit with events. */
export function createUnitOfWork(database: Database<PaymentsDatabase>, onOutboxCommit: () => void = () => {}): PaymentsUnitOfWork {
  return createOutboxUnitOfWork(database, repositories, onOutboxCommit);
}
