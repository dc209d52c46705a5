import type { GeneratedAlways, Selectable } from 'kysely';
import type { Generated, Int8, Json, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { JWK } from '@agentvault/auth';
import type { AgentStatus, DeveloperRole } from '../domain/model.js';
import type { SelfAgentStatus } from '../domain/self-registration.js';
import type { KeyType } from '../domain/signed-messages.js';
import type { OrganizationTables } from './organization-schema.js';

/**
 * The identity schema as migrations/index.ts creates it; every store queries through it.
 * A migration that changes a table changes this interface in the same commit.
 */

/** bigint identity keys: the database assigns them, nobody writes them. */
type RowId = GeneratedAlways<string | number | bigint>;

export interface DevelopersTable {
  id: RowId;
  email: string;
  name: string;
  password_hash: string;
  role: Generated<DeveloperRole>;
  is_verified: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  /** The last TOTP time step accepted, so a code works once. */
  totp_last_step: Int8 | null;
  /** Raised to end every earlier session (a reset, 2FA switched on). */
  session_version: Generated<number>;
  created_at: Generated<Timestamp>;
}

export interface RecoveryKeysTable {
  id: RowId;
  developer_id: Int8;
  key_hash: string;
  used_at: Timestamp | null;
}

export interface ApiKeysTable {
  id: RowId;
  developer_id: Int8;
  key_hash: string;
  prefix: string;
  description: string | null;
  created_at: Generated<Timestamp>;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface BootstrapTokensTable {
  token_hash: string;
  developer_id: Int8;
  agent_type_hint: string | null;
  requested_by: string | null;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  used_for_did: string | null;
}

export interface AgentsTable {
  id: RowId;
  did: string;
  developer_id: Int8;
  client_id: string;
  client_secret_hash: string;
  status: Generated<AgentStatus>;
  public_key_jwk: Json<unknown> | null;
  created_at: Generated<Timestamp>;
  last_active_at: Timestamp | null;
}

export interface AgentCardsTable {
  id: string;
  /** The developer's agent the card describes, or (self_agent_did) the self-registered agent: exactly one. */
  agent_id: Int8 | null;
  self_agent_did: string | null;
  name: string;
  description: Generated<string>;
  card: Json<unknown>;
  created_at: Generated<Timestamp>;
  is_active: Generated<boolean>;
  a2a_validated: Generated<boolean>;
  updated_at: Generated<Timestamp>;
  human_readable_id: string | null;
  tags: Generated<string[]>;
  skills: Generated<string[]>;
  capabilities: Generated<string[]>;
  /** tsvector: name (A), description (B), skills and tags (C); written with to_tsvector, read by @@. */
  search: Generated<string>;
}

/** An agent that registered itself (migrations/self-registration.ts). */
export interface SelfAgentsTable {
  did: string;
  id: string;
  key_type: KeyType;
  public_key: string;
  chain_id: string | null;
  address: string | null;
  name: string;
  description: string | null;
  avatar: string | null;
  website: string | null;
  capabilities: Generated<string[]>;
  tags: Generated<string[]>;
  status: Generated<SelfAgentStatus>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

/** The ledger's reputation of an agent, mirrored from its events (migrations/agent-reputation.ts). */
export interface AgentReputationTable {
  agent_did: string;
  score: Generated<number>;
  positive_signals: Generated<number>;
  negative_signals: Generated<number>;
  score_as_of: Generated<Timestamp>;
}

export interface RevokedTokensTable {
  jti: string;
  expires_at: Timestamp;
  revoked_at: Generated<Timestamp>;
}

export interface SigningKeysTable {
  kid: string;
  private_jwk: Json<JWK>;
  public_jwk: Json<JWK>;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface IdentityDatabase extends OutboxTables, OrganizationTables {
  developers: DevelopersTable;
  recovery_keys: RecoveryKeysTable;
  api_keys: ApiKeysTable;
  bootstrap_tokens: BootstrapTokensTable;
  agents: AgentsTable;
  agent_cards: AgentCardsTable;
  self_agents: SelfAgentsTable;
  agent_reputation: AgentReputationTable;
  revoked_tokens: RevokedTokensTable;
  signing_keys: SigningKeysTable;
}

export type DeveloperRow = Selectable<DevelopersTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type AgentRow = Selectable<AgentsTable>;
