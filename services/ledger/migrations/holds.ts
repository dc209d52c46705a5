import { sql, type Kysely, type Migration } from 'kysely';
import { LEDGER_SCHEMA } from './index.js';

const money = 'numeric(38, 18)';

/**
 * Two-phase holds: a pending hold has moved `amount + fee` from the payer into the payments
 * escrow account; exactly one of post (to the receiver, the fee to the fee account, any rest
 * back) or void/expiry (all back) ends it. Ruling adjustments of reputation live here too:
 * they change the score without being a signal on a transaction.
 */
export const holdsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('holds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // The caller's name for the hold (a payment token, a contract): one hold per reference.
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('payer_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('receiver_id', 'text')
      .addColumn('amount', sql.raw(money), (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('fee', sql.raw(money), (c) => c.notNull().check(sql`fee >= 0`))
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'posted', 'voided', 'expired')`))
      .addColumn('expires_at', 'timestamptz')
      .addColumn('posted_amount', sql.raw(money))
      .addColumn('transaction_id', 'text', (c) => c.references('transactions.id').unique())
      .addColumn('end_reason', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('ended_at', 'timestamptz')
      .addCheckConstraint('holds_posted', sql`(status = 'posted') = (transaction_id is not null and posted_amount is not null)`)
      .addCheckConstraint('holds_ended', sql`(status = 'pending') = (ended_at is null)`)
      .addCheckConstraint('holds_posted_at_most_held', sql`posted_amount is null or (posted_amount > 0 and posted_amount <= amount)`)
      .execute();
    await db.schema.createIndex('holds_pending_expiry').on('holds').column('expires_at').where(sql.ref('status'), '=', 'pending').execute();
    await db.schema.createIndex('holds_payer').on('holds').columns(['payer_id', 'created_at']).execute();

    // Adjustments (dispute rulings) move the score apart from the signal counts.
    const schema = sql.id(LEDGER_SCHEMA);
    await sql`alter table ${schema}.reputation add column adjustment integer not null default 0`.execute(db);
    await sql`alter table ${schema}.reputation drop constraint reputation_counts`.execute(db);
    await sql`alter table ${schema}.reputation add constraint reputation_counts
      check (total_signals = positive_signals + negative_signals and score = positive_signals - negative_signals + adjustment)`.execute(db);
    await db.schema
      .createTable('reputation_adjustments')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('agent_did', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('delta', 'integer', (c) => c.notNull().check(sql`delta <> 0`))
      .addColumn('old_score', 'integer', (c) => c.notNull())
      .addColumn('new_score', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
  },
};
