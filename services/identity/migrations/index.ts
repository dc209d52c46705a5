import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';
import { selfRegistration } from './self-registration.js';
import { selfAgentCards } from './self-agent-cards.js';
import { directorySearchSpeed } from './directory-search-speed.js';
import { agentReputation } from './agent-reputation.js';

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

/** The auditor role (granted by an administrator) beside developer and admin_platform. */
const auditorRole: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('developers').dropConstraint('developers_role_check').ifExists().execute();
    await db.schema.alterTable('developers').addCheckConstraint('developers_role_check', sql`role in ('developer', 'admin_platform', 'auditor')`).execute();
  },
};

/**
 * Email verification tokens (hashed, single-use, expiring), organizations with their members,
 * agents and API keys, teams of agents with routing rules and quality gates, and bundles of an
 * organization's configuration with their restores.
 */
const organizationsAndTeams: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('email_verification_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('developer_id', 'bigint', (c) => c.notNull().references('developers.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addColumn('used_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('email_verification_tokens_developer').on('email_verification_tokens').column('developer_id').execute();

    await db.schema
      .createTable('organizations')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('owner_developer_id', 'bigint', (c) => c.notNull().references('developers.id'))
      .addColumn('max_agents', 'integer', (c) => c.notNull())
      .addColumn('max_api_keys', 'integer', (c) => c.notNull())
      .addColumn('requests_per_minute', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('organization_members')
      .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('developer_id', 'bigint', (c) => c.notNull().references('developers.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('owner', 'admin', 'member')`))
      .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('organization_members_pk', ['organization_id', 'developer_id'])
      .execute();
    await db.schema.createIndex('organization_members_developer').on('organization_members').column('developer_id').execute();
    // An agent belongs to at most one organization.
    await db.schema
      .createTable('organization_agents')
      .addColumn('agent_did', 'text', (c) => c.primaryKey().references('agents.did').onDelete('cascade'))
      .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('organization_agents_organization').on('organization_agents').column('organization_id').execute();
    await db.schema
      .createTable('organization_api_keys')
      .addColumn('api_key_id', 'bigint', (c) => c.primaryKey().references('api_keys.id').onDelete('cascade'))
      .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .execute();
    await db.schema.createIndex('organization_api_keys_organization').on('organization_api_keys').column('organization_id').execute();

    await db.schema
      .createTable('teams')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('owner_developer_id', 'bigint', (c) => c.notNull().references('developers.id'))
      .addColumn('organization_id', 'uuid', (c) => c.references('organizations.id'))
      .addColumn('config', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'archived')`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('teams_owner').on('teams').columns(['owner_developer_id', 'created_at']).execute();
    await db.schema
      .createTable('team_members')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('agent_did', 'text', (c) => c.notNull().references('agents.did').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('leader', 'worker', 'reviewer', 'router')`))
      .addColumn('skills', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
      .addColumn('joined_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint('team_members_agent', ['team_id', 'agent_did'])
      .execute();
    await db.schema
      .createTable('team_routing_rules')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('keywords', sql`text[]`, (c) => c.notNull())
      .addColumn('target_agent_did', 'text', (c) => c.notNull().references('agents.did').onDelete('cascade'))
      .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('team_routing_rules_team').on('team_routing_rules').column('team_id').execute();
    await db.schema
      .createTable('team_quality_gates')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('gate_type', 'text', (c) => c.notNull())
      .addColumn('threshold', 'double precision', (c) => c.notNull())
      .addColumn('gate_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('config', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('team_quality_gates_team').on('team_quality_gates').column('team_id').execute();

    await db.schema
      .createTable('bundles')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('content', 'jsonb', (c) => c.notNull())
      .addColumn('created_by', 'bigint', (c) => c.notNull().references('developers.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint('bundles_version', ['organization_id', 'version'])
      .execute();
    // One restore per Idempotency-Key: the key's record holds what the restore did.
    await db.schema
      .createTable('bundle_restores')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('bundle_id', 'uuid', (c) => c.notNull().references('bundles.id').onDelete('cascade'))
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('restored_by', 'bigint', (c) => c.notNull().references('developers.id'))
      .addColumn('summary', 'jsonb', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint('bundle_restores_key', ['scope', 'key'])
      .execute();
  },
};

export const identityMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_identity_initial': initial,
  '0002_identity_sessions_totp_steps': sessionsAndTotpSteps,
  '0003_identity_agent_directory': agentDirectory,
  '0004_identity_self_registration': selfRegistration,
  '0005_identity_auditor_role': auditorRole,
  '0006_identity_email_organizations_teams': organizationsAndTeams,
  '0007_identity_self_agent_cards': selfAgentCards(IDENTITY_SCHEMA),
  '0008_identity_directory_search_speed': directorySearchSpeed(IDENTITY_SCHEMA),
  '0009_identity_agent_reputation': agentReputation,
};
