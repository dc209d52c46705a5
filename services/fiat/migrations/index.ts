import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';

export const FIAT_SCHEMA = 'fiat';

const money = 'numeric(38, 18)';

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('purchases')
      // the provider's checkout session id (Stripe: cs_…)
      .addColumn('session_id', 'text', (c) => c.primaryKey())
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'completed', 'expired', 'refunded')`))
      // identity's ids; another service's keys, so no foreign keys
      .addColumn('developer_id', 'text')
      .addColumn('agent_did', 'text')
      .addColumn('customer_email', 'text')
      .addColumn('eur_cents', 'bigint', (c) => c.notNull().check(sql`eur_cents > 0`))
      .addColumn('avt_amount', sql.raw(money), (c) => c.notNull().check(sql`avt_amount > 0`))
      .addColumn('tier', 'integer', (c) => c.notNull())
      .addColumn('avt_per_eur', sql.raw(money), (c) => c.notNull())
      .addColumn('checkout_url', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'timestamptz')
      .addColumn('payment_reference', 'text')
      .addColumn('credit_transaction_id', 'text')
      .addColumn('credited_at', 'timestamptz')
      .addColumn('claimed_at', 'timestamptz')
      .addColumn('claim_transaction_id', 'text')
      .addColumn('refunded_cents', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('reversal_requested_avt', sql.raw(money), (c) => c.notNull().defaultTo(0))
      .addColumn('reversed_avt', sql.raw(money), (c) => c.notNull().defaultTo(0))
      .addColumn('shortfall_avt', sql.raw(money), (c) => c.notNull().defaultTo(0))
      .addColumn('origin', 'text', (c) => c.notNull())
      // scope:key of the Idempotency-Key that created it, with the request's hash
      .addColumn('idempotency_key', 'text', (c) => c.unique())
      .addColumn('request_hash', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('purchases_developer').on('purchases').columns(['developer_id', 'created_at']).execute();
    await db.schema.createIndex('purchases_payment').on('purchases').column('payment_reference').execute();
  },
};

export const fiatMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_fiat_initial': initial,
};
