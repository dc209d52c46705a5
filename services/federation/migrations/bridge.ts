import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Cross-registry transfers and redemptions over the SF-3 bridge: one row per saga, holding
 * where it stands so that a restarted registry resumes it. The money is in the ledger.
 */
export const bridgeSagasMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('bridge_sagas')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('transfer', 'redeem')`))
      .addColumn('agent_did', 'text', (c) => c.notNull())
      .addColumn('counterparty_did', 'text', (c) => c.notNull())
      .addColumn('peer_id', 'integer', (c) => c.notNull())
      .addColumn('peer_base_url', 'text', (c) => c.notNull())
      .addColumn('peer_name', 'text', (c) => c.notNull())
      .addColumn('amount', sql.raw('numeric(38, 18)'), (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('message', 'text')
      .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('transfer', 'payment')`))
      .addColumn('payment_ref', 'text', (c) => c.unique())
      .addColumn('hold_id', 'text')
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('created').check(sql`state in ('created', 'debited', 'credited', 'aborting', 'completed', 'compensated', 'failed')`))
      .addColumn('failure_reason', 'text')
      .addColumn('uncertain', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
      .addColumn('deadline_at', 'timestamptz', (c) => c.notNull())
      .addColumn('steps', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('idempotency_scope', 'text')
      .addColumn('idempotency_key', 'text')
      .addColumn('request_hash', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint('bridge_sagas_idempotency', ['idempotency_scope', 'idempotency_key'])
      .execute();
    await db.schema.createIndex('bridge_sagas_agent').on('bridge_sagas').columns(['agent_did', 'created_at']).execute();
    await sql`create index bridge_sagas_unfinished on ${sql.id('federation')}.bridge_sagas (next_attempt_at) where state not in ('completed', 'compensated', 'failed')`.execute(db);
  },
};
