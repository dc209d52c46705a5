import type { Selectable } from 'kysely';
import type { Generated, Int8, Numeric, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { PurchaseStatus } from '../domain/model.js';

/**
 * The fiat schema as migrations/index.ts creates it; every store queries through it. AVT columns
 * are NUMERIC(38,18), read as exact text; EUR is kept in cents (BIGINT). A migration that changes
 * a table changes this interface in the same commit.
 */

export interface PurchasesTable {
  /** The provider's checkout session id (Stripe: cs_…). */
  session_id: string;
  provider: string;
  status: PurchaseStatus;
  /** identity's ids; another service's keys, so no foreign keys. */
  developer_id: string | null;
  agent_did: string | null;
  customer_email: string | null;
  eur_cents: Int8;
  avt_amount: Numeric;
  tier: number;
  avt_per_eur: Numeric;
  checkout_url: string;
  expires_at: Timestamp | null;
  payment_reference: string | null;
  credit_transaction_id: string | null;
  credited_at: Timestamp | null;
  claimed_at: Timestamp | null;
  claim_transaction_id: string | null;
  refunded_cents: Generated<Int8>;
  reversal_requested_avt: Generated<Numeric>;
  reversed_avt: Generated<Numeric>;
  shortfall_avt: Generated<Numeric>;
  origin: string;
  /** scope:key of the Idempotency-Key that created it, with the request's hash. */
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface FiatDatabase extends OutboxTables {
  purchases: PurchasesTable;
}

export type PurchaseRow = Selectable<PurchasesTable>;
