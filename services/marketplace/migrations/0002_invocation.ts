import { sql, type Kysely, type Migration } from 'kysely';

const money = 'numeric(38, 18)';

/** Invocation configurations of agents, and the tasks one agent gives another. */
export const invocationMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('invocation_configs')
      // identity's agent DID; another service's key, so no foreign key
      .addColumn('agent_did', 'text', (c) => c.primaryKey())
      .addColumn('enabled', 'boolean', (c) => c.notNull())
      .addColumn('delivery_mode', 'text', (c) => c.notNull().check(sql`delivery_mode in ('none', 'webhook', 'queue')`))
      .addColumn('webhook_url', 'text')
      // The signing secret, sealed (AES-GCM with the agent DID as associated data).
      .addColumn('webhook_secret_sealed', 'text')
      // [{ name, price }]; empty: any capability, free.
      .addColumn('capabilities', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    await db.schema
      .createTable('tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('caller_did', 'text', (c) => c.notNull())
      .addColumn('target_did', 'text', (c) => c.notNull())
      .addColumn('capability', 'text', (c) => c.notNull())
      .addColumn('delivery_mode', 'text', (c) => c.notNull().check(sql`delivery_mode in ('webhook', 'queue')`))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'processing', 'completed', 'failed', 'timed_out')`))
      .addColumn('input', 'text', (c) => c.notNull())
      .addColumn('output', 'text')
      .addColumn('error', 'text')
      // The price of the capability when the task was created; charged only when it completes.
      .addColumn('amount', sql.raw(money), (c) => c.notNull().check(sql`amount >= 0`))
      .addColumn('commission', sql.raw(money), (c) => c.notNull())
      .addColumn('hold_id', 'text')
      // none | placing → held → (posting → posted) | (releasing → voided)
      .addColumn('hold_state', 'text', (c) =>
        c.notNull().check(sql`hold_state in ('none', 'placing', 'held', 'posting', 'posted', 'releasing', 'voided')`))
      .addColumn('transaction_id', 'text')
      .addColumn('timeout_ms', 'integer', (c) => c.notNull())
      .addColumn('deadline_at', 'timestamptz', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('accepted_at', 'timestamptz')
      .addColumn('finished_at', 'timestamptz')
      .addColumn('latency_ms', 'integer')
      // The caller's Idempotency-Key (scope and key) and the hash of its body: a repeat answers this task.
      .addColumn('idempotency_key', 'text')
      .addColumn('request_hash', 'text')
      // A completed paid task is always on its way to being posted, never silently free.
      .addCheckConstraint('tasks_charged_when_completed', sql`status <> 'completed' or amount = 0 or hold_state in ('posting', 'posted')`)
      .execute();
    await db.schema.createIndex('tasks_idempotency').on('tasks').column('idempotency_key').unique().where(sql<boolean>`idempotency_key is not null`).execute();
    await db.schema.createIndex('tasks_caller').on('tasks').columns(['caller_did', 'created_at']).execute();
    // A queue agent's poll: its pending tasks, oldest first.
    await db.schema.createIndex('tasks_target_pending').on('tasks').columns(['target_did', 'created_at']).where(sql<boolean>`status = 'pending'`).execute();
    // The recovery pass: open tasks past their deadline, holds still to post or to give back.
    await db.schema
      .createIndex('tasks_unresolved')
      .on('tasks')
      .column('deadline_at')
      .where(sql<boolean>`status in ('pending', 'processing') or hold_state in ('posting', 'releasing')`)
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('tasks').execute();
    await db.schema.dropTable('invocation_configs').execute();
  },
};
