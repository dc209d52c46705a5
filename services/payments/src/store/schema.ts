import type { Selectable } from 'kysely';
import type { Generated, Json, Numeric, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { ContractStatus, DisputeStatus, TokenStatus } from '../domain/model.js';

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

export interface PaymentsDatabase extends OutboxTables {
  x402_settlements: X402SettlementsTable;
  payment_tokens: PaymentTokensTable;
  contracts: ContractsTable;
  disputes: DisputesTable;
}

export type PaymentTokenRow = Selectable<PaymentTokensTable>;
export type ContractRow = Selectable<ContractsTable>;
export type DisputeRow = Selectable<DisputesTable>;
