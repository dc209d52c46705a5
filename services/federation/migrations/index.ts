import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';
import { satelliteLink } from './satellite.js';
import { bridgeSagasMigration } from './bridge.js';
import { federatedVotesMigration } from './federated-votes.js';
import { slashMigration } from './slash.js';

export const FEDERATION_SCHEMA = 'federation';

const initial: Migration = {
  async up(db: Kysely<any>) {
    // The registry's EdDSA card keys; a retired key stays published for the rotation grace.
    await db.schema
      .createTable('signing_keys')
      .addColumn('kid', 'text', (c) => c.primaryKey())
      .addColumn('public_jwk', 'jsonb', (c) => c.notNull())
      .addColumn('private_jwk', 'jsonb', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('retired_at', 'timestamptz')
      .execute();
    // At most one key signs at a time.
    await db.schema.createIndex('signing_keys_one_active').on('signing_keys').expression(sql`(retired_at is null)`).unique().where(sql.ref('retired_at'), 'is', null).execute();

    // The operator-edited part of the card and its icon: one row.
    await db.schema
      .createTable('card_settings')
      .addColumn('id', 'smallint', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('fields', 'jsonb', (c) => c.notNull())
      .addColumn('icon', 'bytea')
      .addColumn('icon_content_type', 'text')
      .addColumn('icon_sha256', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_by', 'text')
      .execute();

    await db.schema
      .createTable('peers')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('owner_developer_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('base_url', 'text', (c) => c.notNull().unique())
      .addColumn('admin_contact_email', 'text', (c) => c.notNull())
      .addColumn('discovery_auth_info', 'jsonb', (c) => c.notNull())
      .addColumn('interaction_auth_info', 'jsonb')
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('PENDING_APPROVAL', 'ACTIVE', 'INACTIVE', 'REJECTED')`))
      .addColumn('registered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('approved_at', 'timestamptz')
      .addColumn('approved_by_developer_id', 'text')
      .addColumn('last_synced_at', 'timestamptz')
      // The peer's card and JWKS as last fetched and verified, and our verdict on them.
      .addColumn('card', 'jsonb')
      .addColumn('card_etag', 'text')
      .addColumn('jwks', 'jsonb')
      .addColumn('card_fetched_at', 'timestamptz')
      .addColumn('verdict', 'jsonb')
      .addColumn('last_sync_error', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('peers_status').on('peers').columns(['status', 'id']).execute();
    await db.schema.createIndex('peers_owner').on('peers').columns(['owner_developer_id', 'id']).execute();

    // Every ledger head a peer's card showed us: a lower sequence or another hash at one is a verdict.
    await db.schema
      .createTable('peer_ledger_heads')
      .addColumn('peer_id', 'integer', (c) => c.notNull().references('peers.id').onDelete('cascade'))
      .addColumn('seq', 'numeric(20, 0)', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('peer_ledger_heads_pk', ['peer_id', 'seq', 'hash'])
      .execute();

    // Agent cards a peer pushed to us (sync-request) or we pulled from it.
    await db.schema
      .createTable('peer_agent_cards')
      .addColumn('peer_id', 'integer', (c) => c.notNull().references('peers.id').onDelete('cascade'))
      .addColumn('agent_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .addColumn('is_active', 'boolean', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('peer_agent_cards_pk', ['peer_id', 'agent_id'])
      .execute();

    // Nonces of signed registry requests, kept until the signature would have expired: replays are refused.
    await db.schema
      .createTable('request_nonces')
      .addColumn('keyid', 'text', (c) => c.notNull())
      .addColumn('nonce', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addPrimaryKeyConstraint('request_nonces_pk', ['keyid', 'nonce'])
      .execute();
    await db.schema.createIndex('request_nonces_expiry').on('request_nonces').column('expires_at').execute();
  },
};

// Private keys rest sealed (text `v1:...`); rows from before are re-sealed at start.
const sealedPrivateKeys: Migration = {
  async up(db: Kysely<any>) {
    await sql`alter table ${sql.id(FEDERATION_SCHEMA)}.signing_keys alter column private_jwk type text using private_jwk::text`.execute(db);
  },
};

export const federationMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_federation_initial': initial,
  '0002_federation_sealed_private_keys': sealedPrivateKeys,
  '0003_federation_link_satellite': satelliteLink,
  '0004_sagas_bridge': bridgeSagasMigration,
  '0005_federated_votes': federatedVotesMigration,
  '0006_slash': slashMigration,
};
