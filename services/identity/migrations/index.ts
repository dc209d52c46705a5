import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';
import { selfRegistration } from './self-registration.js';

/** This service's Postgres schema. */
export const IDENTITY_SCHEMA = 'identity';

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('developers')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().defaultTo('developer').check(sql`role in ('developer', 'admin_platform')`))
      .addColumn('is_verified', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('totp_secret', 'text')
      .addColumn('totp_enabled', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    await db.schema
      .createTable('recovery_keys')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('developer_id', 'bigint', (c) => c.notNull().references('developers.id').onDelete('cascade'))
      .addColumn('key_hash', 'text', (c) => c.notNull())
      .addColumn('used_at', 'timestamptz')
      .addUniqueConstraint('recovery_keys_developer_key', ['developer_id', 'key_hash'])
      .execute();

    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('developer_id', 'bigint', (c) => c.notNull().references('developers.id').onDelete('cascade'))
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('last_used_at', 'timestamptz')
      .addColumn('revoked_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('api_keys_developer').on('api_keys').column('developer_id').execute();

    await db.schema
      .createTable('bootstrap_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('developer_id', 'bigint', (c) => c.notNull().references('developers.id').onDelete('cascade'))
      .addColumn('agent_type_hint', 'text')
      .addColumn('requested_by', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addColumn('used_at', 'timestamptz')
      .addColumn('used_for_did', 'text')
      .execute();

    await db.schema
      .createTable('agents')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('did', 'text', (c) => c.notNull().unique())
      .addColumn('developer_id', 'bigint', (c) => c.notNull().references('developers.id'))
      .addColumn('client_id', 'text', (c) => c.notNull().unique())
      .addColumn('client_secret_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'suspended', 'revoked')`))
      .addColumn('public_key_jwk', 'jsonb')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('last_active_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('agents_developer').on('agents').columns(['developer_id', 'id']).execute();

    await db.schema
      .createTable('agent_cards')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('agent_id', 'bigint', (c) => c.notNull().unique().references('agents.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('card', 'jsonb', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    await db.schema
      .createTable('revoked_tokens')
      .addColumn('jti', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addColumn('revoked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    await db.schema
      .createTable('signing_keys')
      .addColumn('kid', 'text', (c) => c.primaryKey())
      .addColumn('private_jwk', 'jsonb', (c) => c.notNull())
      .addColumn('public_jwk', 'jsonb', (c) => c.notNull())
      .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    // At most one active key: replicas starting together cannot both create one.
    await db.schema.createIndex('signing_keys_one_active').on('signing_keys').column('active').unique().where('active', '=', true).execute();
  },
};

/** One-time TOTP codes and ending every session of a developer (password reset, enabling 2FA). */
const sessionsAndTotpSteps: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('developers')
      .addColumn('totp_last_step', 'bigint')
      .addColumn('session_version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};

/**
 * The agent directory: cards get an active flag, an update time, a human-readable id, the
 * lists they are filtered by and a weighted full-text document, each with its index.
 */
const agentDirectory: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('agent_cards')
      .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('a2a_validated', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('human_readable_id', 'text')
      .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
      .addColumn('skills', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
      .addColumn('capabilities', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
      .addColumn('search', sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
      .execute();
    // Cards written before: their name and description become searchable, their tags filterable.
    await db
      .updateTable('agent_cards')
      .set({
        updated_at: sql`created_at`,
        tags: sql`coalesce((select array_agg(distinct lower(t)) from jsonb_array_elements_text(
          case when jsonb_typeof(card->'tags') = 'array' then card->'tags' else '[]'::jsonb end) t), '{}')`,
        search: sql`setweight(to_tsvector('simple', name), 'A') || setweight(to_tsvector('simple', description), 'B')`,
      })
      .execute();
    await db.schema.createIndex('agent_cards_hri').on('agent_cards').column('human_readable_id').unique().where(sql.ref('human_readable_id'), 'is not', null).execute();
    await db.schema.createIndex('agent_cards_search').on('agent_cards').using('gin').column('search').execute();
    await db.schema.createIndex('agent_cards_tags').on('agent_cards').using('gin').column('tags').execute();
    await db.schema.createIndex('agent_cards_skills').on('agent_cards').using('gin').column('skills').execute();
    // No index on capabilities: a handful of values, each on a large share of the cards, where a scan in order wins.
    await db.schema.createIndex('agent_cards_sync').on('agent_cards').columns(['updated_at', 'id']).execute();
    await db.schema.createIndex('agent_cards_created').on('agent_cards').columns(['created_at', 'id']).execute();
    await db.schema.createIndex('agent_cards_name').on('agent_cards').columns(['name', 'id']).execute();
  },
};

export const identityMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_identity_initial': initial,
  '0002_identity_sessions_totp_steps': sessionsAndTotpSteps,
  '0003_identity_agent_directory': agentDirectory,
  '0004_identity_self_registration': selfRegistration,
};
