import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';

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

export const identityMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_identity_initial': initial,
  '0002_identity_sessions_totp_steps': sessionsAndTotpSteps,
};
