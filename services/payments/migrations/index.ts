import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';

export const PAYMENTS_SCHEMA = 'payments';

const money = 'numeric(38, 18)';

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('payment_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // sha256 of the bearer token: the token itself is shown once.
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      // token[4:36]: the settle key every settle of this token derives.
      .addColumn('settle_key', 'text', (c) => c.notNull().unique())
      .addColumn('caller_did', 'text', (c) => c.notNull())
      .addColumn('receiver_did', 'text', (c) => c.notNull())
      .addColumn('amount', sql.raw(money), (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('fee', sql.raw(money), (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('AUTHORIZED', 'CONSUMED', 'SETTLED', 'RELEASED', 'EXPIRED')`))
      .addColumn('hold_id', 'text', (c) => c.notNull().unique())
      .addColumn('transaction_id', 'text')
      // Set once the ledger confirmed the hold's end (posted or voided); the sweep finishes the rest.
      .addColumn('hold_settled', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addColumn('consumed_at', 'timestamptz')
      .addColumn('settled_at', 'timestamptz')
      .addColumn('released_at', 'timestamptz')
      .addCheckConstraint('payment_tokens_settled', sql`(status = 'SETTLED') = (transaction_id is not null)`)
      .execute();
    await db.schema.createIndex('payment_tokens_caller').on('payment_tokens').columns(['caller_did', 'created_at']).execute();
    await db.schema.createIndex('payment_tokens_unfinished').on('payment_tokens').column('expires_at').where(sql.ref('hold_settled'), '=', false).execute();

    await db.schema
      .createTable('contracts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('client_did', 'text', (c) => c.notNull())
      .addColumn('provider_did', 'text')
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('price', sql.raw(money), (c) => c.notNull().check(sql`price > 0`))
      .addColumn('deadline', 'timestamptz', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('OPEN', 'ACCEPTED', 'SUBMITTED', 'APPROVED', 'COMPLETED', 'CANCELLED', 'DISPUTED', 'RESOLVED')`))
      .addColumn('result_pointer', 'text')
      .addColumn('hold_id', 'text', (c) => c.notNull().unique())
      .addColumn('transaction_id', 'text')
      .addColumn('dispute_id', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('accepted_at', 'timestamptz')
      .addColumn('submitted_at', 'timestamptz')
      .addColumn('completed_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('contracts_open').on('contracts').column('created_at').where(sql.ref('status'), '=', 'OPEN').execute();
    await db.schema.createIndex('contracts_client').on('contracts').columns(['client_did', 'created_at']).execute();
    await db.schema.createIndex('contracts_provider').on('contracts').columns(['provider_did', 'created_at']).execute();

    await db.schema
      .createTable('disputes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('claimant_did', 'text', (c) => c.notNull())
      .addColumn('defendant_did', 'text', (c) => c.notNull())
      .addColumn('transaction_id', 'text')
      .addColumn('contract_id', 'text', (c) => c.references('contracts.id'))
      .addColumn('reason_code', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('OPEN', 'RESOLVED_FAVOR_CLAIMANT', 'RESOLVED_FAVOR_DEFENDANT', 'DISMISSED')`))
      .addColumn('evidence', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('resolution_notes', 'text')
      .addColumn('reputation_adjustment', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('token_penalty', sql.raw(money))
      .addColumn('penalized_did', 'text')
      .addColumn('penalty_recipient', 'text')
      .addColumn('penalty_transaction_id', 'text')
      // The ruling's effects (penalty, reputation, contract hold) are all through the ledger.
      .addColumn('effects_applied', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('ruled_by', 'text')
      .addColumn('ruled_at', 'timestamptz')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('disputes_claimant').on('disputes').columns(['claimant_did', 'created_at']).execute();
    await db.schema.createIndex('disputes_defendant').on('disputes').columns(['defendant_did', 'created_at']).execute();
    // One open dispute per contract.
    await db.schema.createIndex('disputes_open_contract').on('disputes').column('contract_id').unique().where(sql.ref('status'), '=', 'OPEN').execute();
  },
};

/** x402 settlements: each nonce names one payment token, so a retried settle finds the first. */
const x402: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('x402_settlements')
      .addColumn('nonce', 'text', (c) => c.primaryKey())
      .addColumn('token_id', 'text', (c) => c.notNull().unique().references('payment_tokens.id'))
      .addColumn('receiver_did', 'text', (c) => c.notNull())
      .addColumn('transaction_id', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('settled_at', 'timestamptz')
      .execute();
  },
};

/**
 * A contract is recorded (PENDING, no hold id yet) before its hold is placed under `contract:<id>`,
 * so an interrupted creation leaves a row the sweep can find and undo instead of an orphan hold.
 */
const pendingContracts: Migration = {
  async up(db: Kysely<any>) {
    await sql`alter table contracts alter column hold_id drop not null`.execute(db);
    await sql`alter table contracts drop constraint if exists contracts_status_check`.execute(db);
    await sql`alter table contracts add constraint contracts_status_check check (status in ('PENDING', 'ABANDONED', 'OPEN', 'ACCEPTED', 'SUBMITTED', 'APPROVED', 'COMPLETED', 'CANCELLED', 'DISPUTED', 'RESOLVED'))`.execute(db);
    await db.schema.createIndex('contracts_pending').on('contracts').column('created_at').where(sql.ref('status'), '=', 'PENDING').execute();
  },
};

export const paymentsMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_payments_initial': initial,
  '0002_x402_settlements': x402,
  '0003_pending_contracts': pendingContracts,
};
