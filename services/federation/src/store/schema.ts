import type { Selectable } from 'kysely';
import type { Generated, Json, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { JWK } from 'jose';
import type { OperatorFields } from '../domain/card.js';
import type { PeerStatus, TrustVerdict } from '../domain/peers.js';
import type { Jwks } from '../domain/signing-keys.js';
import type { BridgeSagasTable } from './bridge-schema.js';

/**
 * The federation schema as migrations/index.ts creates it; every store queries through it.
 * A migration that changes a table changes this interface in the same commit.
 */

export interface SigningKeysTable {
  kid: string;
  public_jwk: Json<JWK>;
  /** The private JWK as JSON text, sealed (SecretBox, the kid as associated data). */
  private_jwk: string;
  created_at: Generated<Timestamp>;
  retired_at: Timestamp | null;
}

export interface CardSettingsTable {
  id: number;
  fields: Json<OperatorFields>;
  icon: Buffer | null;
  icon_content_type: string | null;
  icon_sha256: string | null;
  updated_at: Generated<Timestamp>;
  updated_by: string | null;
}

export interface PeersTable {
  id: Generated<number>;
  owner_developer_id: string;
  name: string;
  description: string | null;
  base_url: string;
  admin_contact_email: string;
  discovery_auth_info: Json<Record<string, unknown>>;
  interaction_auth_info: Json<Record<string, unknown>> | null;
  status: PeerStatus;
  registered_at: Generated<Timestamp>;
  approved_at: Timestamp | null;
  approved_by_developer_id: string | null;
  last_synced_at: Timestamp | null;
  card: Json<Record<string, unknown>> | null;
  card_etag: string | null;
  jwks: Json<Jwks> | null;
  card_fetched_at: Timestamp | null;
  verdict: Json<TrustVerdict> | null;
  last_sync_error: string | null;
  updated_at: Generated<Timestamp>;
}

export interface PeerLedgerHeadsTable {
  peer_id: number;
  /** numeric(20,0): read as its text. */
  seq: string;
  hash: string;
  seen_at: Generated<Timestamp>;
}

export interface PeerAgentCardsTable {
  peer_id: number;
  agent_id: string;
  name: string;
  description: string | null;
  data: Json<Record<string, unknown>>;
  is_active: boolean;
  updated_at: Timestamp;
  received_at: Generated<Timestamp>;
}

export interface RequestNoncesTable {
  keyid: string;
  nonce: string;
  expires_at: Timestamp;
}

export interface FederationDatabase extends OutboxTables {
  signing_keys: SigningKeysTable;
  card_settings: CardSettingsTable;
  peers: PeersTable;
  peer_ledger_heads: PeerLedgerHeadsTable;
  peer_agent_cards: PeerAgentCardsTable;
  request_nonces: RequestNoncesTable;
  bridge_sagas: BridgeSagasTable;
}

export type PeerRow = Selectable<PeersTable>;
export type SigningKeyRow = Selectable<SigningKeysTable>;
