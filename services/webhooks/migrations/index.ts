import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';

/** This service's Postgres schema. */
export const WEBHOOKS_SCHEMA = 'webhooks';

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('webhooks')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      // identity's developer id; another service's key, so no foreign key
      .addColumn('developer_id', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('events', 'jsonb', (c) => c.notNull())
      // the signing secret, sealed by store/secret-box.ts
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('disabled_reason', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('last_success_at', 'timestamptz')
      .addColumn('last_failure_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('webhooks_developer').on('webhooks').columns(['developer_id', 'created_at']).execute();

    // The projection of which developer owns which agent, kept from agent.created.
    await db.schema
      .createTable('agent_owners')
      .addColumn('agent_did', 'text', (c) => c.primaryKey())
      .addColumn('developer_id', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    // One row per (webhook, event, agent): the schedule and the outcome.
    await db.schema
      .createTable('deliveries')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('webhook_id', 'uuid', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
      .addColumn('event_id', 'uuid', (c) => c.notNull())
      .addColumn('event_type', 'text', (c) => c.notNull())
      .addColumn('agent_did', 'text')
      .addColumn('event_occurred_at', 'timestamptz')
      // the exact body, signed and sent on every attempt
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'delivered', 'failed', 'cancelled')`))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'timestamptz')
      // a worker's claim: it alone sends the row until lease_until
      .addColumn('lease_token', 'uuid')
      .addColumn('lease_until', 'timestamptz')
      .addColumn('last_attempt_at', 'timestamptz')
      .addColumn('last_response_status', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('delivered_at', 'timestamptz')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('finished_at', 'timestamptz')
      .execute();
    // A delivery per webhook, event and agent, however often the event comes.
    await db.schema
      .createIndex('deliveries_once')
      .on('deliveries')
      .unique()
      .columns(['webhook_id', 'event_id'])
      .expression(sql`coalesce(agent_did, '')`)
      .execute();
    await db.schema.createIndex('deliveries_due').on('deliveries').column('next_attempt_at').where(sql.ref('status'), '=', 'pending').execute();
    await db.schema.createIndex('deliveries_history').on('deliveries').columns(['webhook_id', 'created_at']).execute();
    await db.schema.createIndex('deliveries_finished').on('deliveries').column('finished_at').where(sql.ref('status'), '<>', 'pending').execute();

    await db.schema
      .createTable('delivery_attempts')
      .addColumn('delivery_id', 'uuid', (c) => c.notNull().references('deliveries.id').onDelete('cascade'))
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('attempted_at', 'timestamptz', (c) => c.notNull())
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('response_status', 'integer')
      .addColumn('response_excerpt', 'text')
      .addColumn('error', 'text')
      .addPrimaryKeyConstraint('delivery_attempts_pk', ['delivery_id', 'attempt'])
      .execute();
  },
};

export const webhooksMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_webhooks_initial': initial,
};
