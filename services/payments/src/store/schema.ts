import type { Selectable } from 'kysely';
import type { Generated, Json, Numeric, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { ContractStatus, DisputeStatus, FlagSeverity, FlagStatus, RemoteSlashStatus, TokenStatus } from '../domain/model.js';

/**
 * The payments schema as migrations/index.ts creates it; every store queries through it.
 * Amounts are NUMERIC(38,18) read as exact text. A migration that changes a table changes this
 * interface in the same commit.
 */

export interface PaymentTokensTable {
  id: string;
  /** sha256 of the bearer token: the token itself is shown once. */
  token_hash: string;
  settle_key: string;
  caller_did: string;
  receiver_did: string;
  amount: Numeric;
  fee: Numeric;
  purpose: string;
  status: TokenStatus;
  hold_id: string;
  transaction_id: string | null;
  hold_settled: Generated<boolean>;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
  settled_at: Timestamp | null;
  released_at: Timestamp | null;
  /** A receiver on another registry (its name or base URL, as authorized). */
  receiver_registry: string | null;
}

export interface ContractsTable {
  id: string;
  client_did: string;
  provider_did: string | null;
  description: string;
  price: Numeric;
  deadline: Timestamp;
  status: ContractStatus;
  result_pointer: string | null;
  hold_id: string | null;
  transaction_id: string | null;
  dispute_id: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
  accepted_at: Timestamp | null;
  submitted_at: Timestamp | null;
  completed_at: Timestamp | null;
}

export interface EvidenceJson {
  pointer: string;
  submittedBy: string;
  description: string;
  submittedAt: string;
}

export interface DisputesTable {
  id: string;
  claimant_did: string;
  defendant_did: string;
  transaction_id: string | null;
  contract_id: string | null;
  reason_code: string;
  description: string;
  status: DisputeStatus;
  evidence: Json<EvidenceJson[]>;
  resolution_notes: string | null;
  reputation_adjustment: Generated<number>;
  token_penalty: Numeric | null;
  penalized_did: string | null;
  penalty_recipient: string | null;
  penalty_transaction_id: string | null;
  effects_applied: Generated<boolean>;
  ruled_by: string | null;
  ruled_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
  /** 0006: the cross-registry slash. */
  defendant_registry: string | null;
  remote_slash_status: Generated<RemoteSlashStatus>;
  remote_slash_reason: string | null;
  remote_penalty_transaction_id: string | null;
}

/** 0002: the nonce of an x402 payment, bound to the token it settles. */
export interface X402SettlementsTable {
  nonce: string;
  token_id: string;
  receiver_did: string;
  transaction_id: string | null;
  created_at: Generated<Timestamp>;
  settled_at: Timestamp | null;
}

export interface AuditorFlagsTable {
  id: string;
  flagged_agent_did: string;
  rule_code: string;
  reason: string;
  severity: FlagSeverity;
  status: FlagStatus;
  related_transaction_ids: Json<string[]>;
  flagged_by: string;
  dedupe_key: string | null;
  admin_notes: string | null;
  escalation_reason: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface AuditorRulesTable {
  code: string;
  description: string;
  enabled: Generated<boolean>;
  thresholds: Json<Record<string, number>>;
  severity: FlagSeverity;
  updated_at: Generated<Timestamp>;
}

/** The transfers the velocity rule has seen (from the ledger's transaction.completed). */
export interface ObservedTransfersTable {
  transaction_id: string;
  sender_did: string;
  at: Timestamp;
}

export interface RuleAgentStateTable {
  rule_code: string;
  agent_did: string;
  last_flag_at: Timestamp | null;
}

export interface AvtpReportsTable {
  id: string;
  avtp_transaction_id: string;
  reporter_did: string;
  initiating_did: string;
  responding_did: string;
  service_identifier: string | null;
  price: Numeric | null;
  outcome_status: string;
  sla_identifier: string | null;
  raw_log_pointer: string | null;
  reputation_delta: number;
  reputation_applied: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface AttestationPoliciesTable {
  id: string;
  code: string;
  name: string;
  description: string;
  verifier_kind: 'jws' | 'groth16';
  public_key_jwk: Json<Record<string, unknown>> | null;
  verification_key: Json<Record<string, unknown>> | null;
  reward: Numeric;
  circuit_identifier: string | null;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface AttestationsTable {
  id: string;
  agent_did: string;
  policy_id: string;
  policy_code: string;
  data: Json<Record<string, unknown>>;
  storage_pointer: string;
  proof_hash: string;
  verified: boolean;
  reason: string;
  reward: Numeric | null;
  reward_transaction_id: string | null;
  created_at: Generated<Timestamp>;
}

export interface PaymentsDatabase extends OutboxTables {
  auditor_flags: AuditorFlagsTable;
  auditor_rules: AuditorRulesTable;
  observed_transfers: ObservedTransfersTable;
  rule_agent_state: RuleAgentStateTable;
  avtp_reports: AvtpReportsTable;
  attestation_policies: AttestationPoliciesTable;
  attestations: AttestationsTable;
  x402_settlements: X402SettlementsTable;
  payment_tokens: PaymentTokensTable;
  contracts: ContractsTable;
  disputes: DisputesTable;
}

export type PaymentTokenRow = Selectable<PaymentTokensTable>;
export type ContractRow = Selectable<ContractsTable>;
export type DisputeRow = Selectable<DisputesTable>;
