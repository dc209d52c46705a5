import type { Kysely, Selectable } from 'kysely';
import type { Database } from '@agentvault/db';
import { appendToOutbox, outboxUnitOfWork } from '@agentvault/events';
import { formatAvt, parseAvt } from '../domain/money.js';
import type { Purchase, PurchaseStatus } from '../domain/model.js';
import type { FiatRepositories, FiatUnitOfWork } from '../domain/ports.js';

const SOURCE = 'fiat';

interface PurchaseTable {
  session_id: string;
  provider: string;
  status: PurchaseStatus;
  developer_id: string | null;
  agent_did: string | null;
  customer_email: string | null;
  eur_cents: string;
  avt_amount: string;
  tier: number;
  avt_per_eur: string;
  checkout_url: string;
  expires_at: Date | null;
  payment_reference: string | null;
  credit_transaction_id: string | null;
  credited_at: Date | null;
  claimed_at: Date | null;
  claim_transaction_id: string | null;
  refunded_cents: string;
  reversal_requested_avt: string;
  reversed_avt: string;
  shortfall_avt: string;
  origin: string;
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Date;
  updated_at: Date;
}

interface FiatTables {
  purchases: PurchaseTable;
}

type Row = Selectable<PurchaseTable>;

// NUMERIC comes back as text with however many places Postgres keeps; trim to the ledger's 18.
const avt = (text: string) => parseAvt(text.includes('.') ? text.replace(/(\.\d{0,18})\d*$/, '$1').replace(/\.$/, '') : text);
const date = (value: Date | string | null) => (value === null ? null : new Date(value));

function toPurchase(r: Row): Purchase {
  return {
    sessionId: r.session_id, provider: r.provider, status: r.status, developerId: r.developer_id, agentDid: r.agent_did, customerEmail: r.customer_email,
    eurCents: BigInt(r.eur_cents), avtAmount: avt(r.avt_amount), tier: r.tier, avtPerEur: avt(r.avt_per_eur), checkoutUrl: r.checkout_url,
    expiresAt: date(r.expires_at), paymentReference: r.payment_reference, creditTransactionId: r.credit_transaction_id, creditedAt: date(r.credited_at),
    claimedAt: date(r.claimed_at), claimTransactionId: r.claim_transaction_id, refundedCents: BigInt(r.refunded_cents),
    reversalRequestedAvt: avt(r.reversal_requested_avt), reversedAvt: avt(r.reversed_avt), shortfallAvt: avt(r.shortfall_avt), origin: r.origin,
    createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
  };
}

const COLUMNS: Record<string, { column: keyof PurchaseTable; write: (v: any) => unknown }> = {
  status: { column: 'status', write: (v) => v },
  developerId: { column: 'developer_id', write: (v) => v },
  agentDid: { column: 'agent_did', write: (v) => v },
  paymentReference: { column: 'payment_reference', write: (v) => v },
  creditTransactionId: { column: 'credit_transaction_id', write: (v) => v },
  creditedAt: { column: 'credited_at', write: (v) => v },
  claimedAt: { column: 'claimed_at', write: (v) => v },
  claimTransactionId: { column: 'claim_transaction_id', write: (v) => v },
  refundedCents: { column: 'refunded_cents', write: (v: bigint) => v.toString() },
  reversalRequestedAvt: { column: 'reversal_requested_avt', write: formatAvt },
  reversedAvt: { column: 'reversed_avt', write: formatAvt },
  shortfallAvt: { column: 'shortfall_avt', write: formatAvt },
};

export function repositories(kysely: Kysely<any>, onOutboxAppend: () => void = () => {}): FiatRepositories {
  const db = kysely as Kysely<FiatTables>;
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
        const values: Record<string, unknown> = { updated_at: new Date() };
        for (const [field, value] of Object.entries(changes)) {
          const mapping = COLUMNS[field];
          if (!mapping) throw new Error(`purchases: ${field} cannot be updated`);
          values[mapping.column] = value === null ? null : mapping.write(value);
        }
        await db.updateTable('purchases').set(values).where('session_id', '=', sessionId).execute();
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
        await appendToOutbox(kysely, SOURCE, event);
        onOutboxAppend();
      },
    },
  };
}

export function createFiatUnitOfWork(database: Database, onCommitWithEvents: () => void = () => {}): FiatUnitOfWork {
  return outboxUnitOfWork(database, repositories, onCommitWithEvents);
}
