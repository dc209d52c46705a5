import type { Kysely, Updateable } from 'kysely';
import type { Database } from '@agentvault/db';
import { appendToOutbox, createOutboxUnitOfWork } from '@agentvault/events';
import { formatAvt, parseAvt } from '../domain/money.js';
import type { Purchase } from '../domain/model.js';
import type { FiatRepositories, FiatUnitOfWork } from '../domain/ports.js';
import type { FiatDatabase, PurchaseRow, PurchasesTable } from './schema.js';

const SOURCE = 'fiat';

// NUMERIC comes back as text with however many places Postgres keeps; trim to the ledger's 18.
const avt = (text: string) => parseAvt(text.includes('.') ? text.replace(/(\.\d{0,18})\d*$/, '$1').replace(/\.$/, '') : text);
const date = (value: Date | string | null) => (value === null ? null : new Date(value));

function toPurchase(r: PurchaseRow): Purchase {
  return {
    sessionId: r.session_id, provider: r.provider, status: r.status, developerId: r.developer_id, agentDid: r.agent_did, customerEmail: r.customer_email,
    eurCents: BigInt(r.eur_cents), avtAmount: avt(r.avt_amount), tier: r.tier, avtPerEur: avt(r.avt_per_eur), checkoutUrl: r.checkout_url,
    expiresAt: date(r.expires_at), paymentReference: r.payment_reference, creditTransactionId: r.credit_transaction_id, creditedAt: date(r.credited_at),
    claimedAt: date(r.claimed_at), claimTransactionId: r.claim_transaction_id, refundedCents: BigInt(r.refunded_cents),
    reversalRequestedAvt: avt(r.reversal_requested_avt), reversedAvt: avt(r.reversed_avt), shortfallAvt: avt(r.shortfall_avt), origin: r.origin,
    createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
  };
}

/** The columns a change touches; the fields not listed here are fixed when the purchase is made. */
function changedColumns(changes: Partial<Purchase>): Updateable<PurchasesTable> {
  const row: Updateable<PurchasesTable> = { updated_at: new Date() };
  const fixed = Object.keys(changes).filter((field) => !UPDATABLE.has(field));
  if (fixed.length > 0) throw new Error(`purchases: ${fixed.join(', ')} cannot be updated`);
  if (changes.status !== undefined) row.status = changes.status;
  if (changes.developerId !== undefined) row.developer_id = changes.developerId;
  if (changes.agentDid !== undefined) row.agent_did = changes.agentDid;
  if (changes.paymentReference !== undefined) row.payment_reference = changes.paymentReference;
  if (changes.creditTransactionId !== undefined) row.credit_transaction_id = changes.creditTransactionId;
  if (changes.creditedAt !== undefined) row.credited_at = changes.creditedAt;
  if (changes.claimedAt !== undefined) row.claimed_at = changes.claimedAt;
  if (changes.claimTransactionId !== undefined) row.claim_transaction_id = changes.claimTransactionId;
  if (changes.refundedCents !== undefined) row.refunded_cents = changes.refundedCents.toString();
  if (changes.reversalRequestedAvt !== undefined) row.reversal_requested_avt = formatAvt(changes.reversalRequestedAvt);
  if (changes.reversedAvt !== undefined) row.reversed_avt = formatAvt(changes.reversedAvt);
  if (changes.shortfallAvt !== undefined) row.shortfall_avt = formatAvt(changes.shortfallAvt);
  return row;
}
const UPDATABLE = new Set([
  'status', 'developerId', 'agentDid', 'paymentReference', 'creditTransactionId', 'creditedAt', 'claimedAt', 'claimTransactionId',
  'refundedCents', 'reversalRequestedAvt', 'reversedAvt', 'shortfallAvt',
]);

export function repositories(db: Kysely<FiatDatabase>, onOutboxAppend: () => void = () => {}): FiatRepositories {
  return {
    purchases: {
      async insert(p, idempotency) {
        await db
          .insertInto('purchases')
          .values({
            session_id: p.sessionId, provider: p.provider, status: p.status, developer_id: p.developerId, agent_did: p.agentDid, customer_email: p.customerEmail,
            eur_cents: p.eurCents.toString(), avt_amount: formatAvt(p.avtAmount), tier: p.tier, avt_per_eur: formatAvt(p.avtPerEur), checkout_url: p.checkoutUrl,
            expires_at: p.expiresAt, origin: p.origin, refunded_cents: p.refundedCents.toString(), reversal_requested_avt: formatAvt(p.reversalRequestedAvt),
            reversed_avt: formatAvt(p.reversedAvt), shortfall_avt: formatAvt(p.shortfallAvt), idempotency_key: idempotency?.key ?? null, request_hash: idempotency?.requestHash ?? null,
            created_at: p.createdAt, updated_at: p.updatedAt,
          })
          .execute();
      },
      async get(sessionId) {
        const row = await db.selectFrom('purchases').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
        return row ? toPurchase(row) : null;
      },
      async lock(sessionId) {
        const row = await db.selectFrom('purchases').selectAll().where('session_id', '=', sessionId).forUpdate().executeTakeFirst();
        return row ? toPurchase(row) : null;
      },
      async findByPaymentReference(reference) {
        const row = await db.selectFrom('purchases').select('session_id').where('payment_reference', '=', reference).executeTakeFirst();
        return row?.session_id ?? null;
      },
      async findByIdempotencyKey(key) {
        const row = await db.selectFrom('purchases').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
        return row ? { purchase: toPurchase(row), requestHash: row.request_hash ?? '' } : null;
      },
      async update(sessionId, changes) {
        await db.updateTable('purchases').set(changedColumns(changes)).where('session_id', '=', sessionId).execute();
      },
      async listByDeveloper({ developerId, limit, offset }) {
        const rows = await db
          .selectFrom('purchases')
          .selectAll()
          .where('developer_id', '=', developerId)
          .orderBy('created_at', 'desc')
          .orderBy('session_id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute();
        const count = await db.selectFrom('purchases').select((eb) => eb.fn.countAll<string>().as('n')).where('developer_id', '=', developerId).executeTakeFirstOrThrow();
        return { items: rows.map(toPurchase), total: Number(count.n) };
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

/** Transactions over the fiat schema; `onOutboxCommit` wakes the relay after a commit that appended events. */
export function createUnitOfWork(database: Database<FiatDatabase>, onOutboxCommit: () => void = () => {}): FiatUnitOfWork {
  return createOutboxUnitOfWork(database, repositories, onOutboxCommit);
}
