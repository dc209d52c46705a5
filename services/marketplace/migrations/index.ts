import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';
import { invocationMigration } from './0002_invocation.js';
import { ratingsViews } from './views.js';

/** This service's Postgres schema. */
export const MARKETPLACE_SCHEMA = 'marketplace';

const money = 'numeric(38, 18)';

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('listings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // identity's agent DID; another service's key, so no foreign key
      .addColumn('provider_did', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('endpoint', 'text', (c) => c.notNull())
      .addColumn('price_per_call', sql.raw(money), (c) => c.notNull().check(sql`price_per_call >= 0`))
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
      .addColumn('free_tier_calls', 'integer', (c) => c.notNull().defaultTo(0).check(sql`free_tier_calls >= 0`))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'paused', 'removed')`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('listings_provider').on('listings').columns(['provider_did', 'created_at']).execute();
    await db.schema.createIndex('listings_category').on('listings').columns(['status', 'category']).execute();
    // Through the builder, so that the schema is named (raw SQL would not get it).
    await db.schema.createIndex('listings_search').on('listings').using('gin').expression(sql`to_tsvector('simple', name || ' ' || description)`).execute();
    await db.schema.createIndex('listings_tags').on('listings').using('gin').column('tags').execute();

    // One row per (listing, buyer) once the buyer used a free call: the count is claimed atomically.
    await db.schema
      .createTable('free_tier_counters')
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('buyer_did', 'text', (c) => c.notNull())
      .addColumn('used', 'integer', (c) => c.notNull().check(sql`used >= 0`))
      .addPrimaryKeyConstraint('free_tier_counters_pk', ['service_id', 'buyer_did'])
      .execute();

    await db.schema
      .createTable('settlements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('provider_did', 'text', (c) => c.notNull())
      .addColumn('period_start', 'timestamptz', (c) => c.notNull())
      .addColumn('period_end', 'timestamptz', (c) => c.notNull())
      .addColumn('total_amount', sql.raw(money), (c) => c.notNull())
      .addColumn('platform_fee', sql.raw(money), (c) => c.notNull())
      .addColumn('net_amount', sql.raw(money), (c) => c.notNull())
      .addColumn('call_count', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'processing', 'completed')`))
      .addColumn('transaction_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      // When the payment started: one still processing long after was interrupted, and is resumed.
      .addColumn('processing_at', 'timestamptz')
      .addColumn('paid_at', 'timestamptz')
      .addUniqueConstraint('settlements_period', ['provider_did', 'period_start', 'period_end'])
      .execute();

    await db.schema
      .createTable('usage')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('buyer_did', 'text', (c) => c.notNull())
      .addColumn('provider_did', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in_flight', 'completed', 'failed')`))
      .addColumn('free_tier', 'boolean', (c) => c.notNull())
      // What the call costs the buyer; 0 for free and failed calls.
      .addColumn('amount', sql.raw(money), (c) => c.notNull())
      // The part of `amount` that goes to the treasury when the hold is posted.
      .addColumn('commission', sql.raw(money), (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('response_status', 'integer')
      .addColumn('latency_ms', 'integer')
      .addColumn('error', 'text')
      .addColumn('hold_id', 'text')
      // none → (placing → held → posted) | (placing | held → releasing → voided)
      .addColumn('hold_state', 'text', (c) => c.notNull().check(sql`hold_state in ('none', 'placing', 'held', 'releasing', 'voided', 'posted')`))
      .addColumn('settlement_id', 'text', (c) => c.references('settlements.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('finished_at', 'timestamptz')
      .addCheckConstraint('usage_charged_when_held', sql`status <> 'completed' or amount = 0 or hold_state in ('held', 'posted')`)
      .execute();
    await db.schema.createIndex('usage_buyer').on('usage').columns(['buyer_did', 'created_at']).execute();
    await db.schema.createIndex('usage_provider').on('usage').columns(['provider_did', 'created_at']).execute();
    await db.schema.createIndex('usage_service').on('usage').columns(['service_id', 'created_at']).execute();
    // The recovery pass looks only at calls still open or holds still to give back.
    await db.schema
      .createIndex('usage_unfinished')
      .on('usage')
      .column('created_at')
      .where(sql<boolean>`status = 'in_flight' or hold_state = 'releasing'`)
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('usage').execute();
    await db.schema.dropTable('settlements').execute();
    await db.schema.dropTable('free_tier_counters').execute();
    await db.schema.dropTable('listings').execute();
  },
};

export const marketplaceMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_marketplace_initial': initial,
  '0002_invocation': invocationMigration,
  '0003_ratings_views': ratingsViews,
};
