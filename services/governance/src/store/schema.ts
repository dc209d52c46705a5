import type { Selectable } from 'kysely';
import type { Generated, Json, Numeric, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { Choice, ExecutionStatus, FederationResult, ProposalScope, ProposalStatus, ProposalType } from '../domain/model.js';

/**
 * The governance schema as migrations/index.ts creates it; every store queries through it.
 * Voting power is NUMERIC(38,18), read as exact text. A migration that changes a table
 * changes this interface in the same commit.
 */

export interface ProposalsTable {
  id: string;
  proposer_did: string;
  title: string;
  description: string;
  type: ProposalType;
  parameters: Json<Record<string, unknown>>;
  status: ProposalStatus;
  created_at: Timestamp;
  voting_ends_at: Timestamp;
  snapshot_total_power: Numeric;
  votes_for: Generated<Numeric>;
  votes_against: Generated<Numeric>;
  votes_abstain: Generated<Numeric>;
  total_voters: Generated<number>;
  tallied_at: Timestamp | null;
  execution_status: ExecutionStatus;
  execution_result: string | null;
  executed_at: Timestamp | null;
  scope: Generated<ProposalScope>;
  origin_registry: string | null;
  origin_proposal_id: string | null;
  participants: Generated<Json<string[]>>;
  federation_result: Json<FederationResult> | null;
}

export interface PeerTalliesTable {
  proposal_id: string;
  registry: string;
  votes_for: Numeric;
  votes_against: Numeric;
  votes_abstain: Numeric;
  total_voters: number;
  snapshot_total_power: Numeric;
  tallied_at: Timestamp;
  signed_tally: string;
  kid: string;
  received_at: Generated<Timestamp>;
}

export interface VotesTable {
  id: string;
  proposal_id: string;
  voter_did: string;
  choice: Choice;
  power: Numeric;
  reason: string | null;
  created_at: Timestamp;
}

export interface PoliciesTable {
  id: string;
  code: string;
  name: string;
  type: string;
  version: number;
  description: string | null;
  parameters: Json<Record<string, unknown>> | null;
  circuit_identifier: string | null;
  enforcement_level: string | null;
  reward_amount: string | null;
  rules_document_url: string | null;
  is_active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GovernanceDatabase extends OutboxTables {
  proposals: ProposalsTable;
  votes: VotesTable;
  policies: PoliciesTable;
  peer_tallies: PeerTalliesTable;
}

export type ProposalRow = Selectable<ProposalsTable>;
export type PolicyRow = Selectable<PoliciesTable>;
export type PeerTallyRow = Selectable<PeerTalliesTable>;
