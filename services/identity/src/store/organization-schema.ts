import type { Generated, Int8, Json, Timestamp } from '@agentvault/db';
import type { OrganizationRole, TeamMemberRole, TeamStatus } from '../domain/organization-model.js';

/** The tables of migration 0004: email verification, organizations and teams. */

export interface EmailVerificationTokensTable {
  token_hash: string;
  developer_id: Int8;
  email: string;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  description: Generated<string>;
  owner_developer_id: Int8;
  max_agents: number;
  max_api_keys: number;
  requests_per_minute: number;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface OrganizationMembersTable {
  organization_id: string;
  developer_id: Int8;
  role: OrganizationRole;
  added_at: Generated<Timestamp>;
}

export interface OrganizationAgentsTable {
  agent_did: string;
  organization_id: string;
  added_at: Generated<Timestamp>;
}

export interface OrganizationApiKeysTable {
  api_key_id: Int8;
  organization_id: string;
}

export interface TeamsTable {
  id: string;
  name: string;
  description: Generated<string>;
  owner_developer_id: Int8;
  organization_id: string | null;
  config: Generated<Json<Record<string, unknown>>>;
  status: Generated<TeamStatus>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface TeamMembersTable {
  id: string;
  team_id: string;
  agent_did: string;
  role: TeamMemberRole;
  skills: Generated<string[]>;
  joined_at: Generated<Timestamp>;
}

export interface TeamRoutingRulesTable {
  id: string;
  team_id: string;
  name: string;
  keywords: string[];
  target_agent_did: string;
  priority: Generated<number>;
  enabled: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface TeamQualityGatesTable {
  id: string;
  team_id: string;
  gate_type: string;
  threshold: number;
  gate_order: Generated<number>;
  config: Generated<Json<Record<string, unknown>>>;
  enabled: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface BundlesTable {
  id: string;
  organization_id: string;
  version: number;
  name: string;
  description: Generated<string>;
  content: Json<unknown>;
  created_by: Int8;
  created_at: Generated<Timestamp>;
}

export interface BundleRestoresTable {
  id: string;
  bundle_id: string;
  scope: string;
  key: string;
  request_hash: string;
  restored_by: Int8;
  summary: Json<unknown>;
  created_at: Generated<Timestamp>;
}

export interface OrganizationTables {
  bundles: BundlesTable;
  bundle_restores: BundleRestoresTable;
  email_verification_tokens: EmailVerificationTokensTable;
  organizations: OrganizationsTable;
  organization_members: OrganizationMembersTable;
  organization_agents: OrganizationAgentsTable;
  organization_api_keys: OrganizationApiKeysTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  team_routing_rules: TeamRoutingRulesTable;
  team_quality_gates: TeamQualityGatesTable;
}
