import type { Selectable } from 'kysely';
import type { Generated, Int8, Json, Numeric, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { AccountStatus } from '../domain/accounts.js';
import type { HoldStatus } from '../domain/holds-model.js';
import type { Account, FundingStatus, StoredBatchOutcome, LedgerEventType, LedgerTransaction, ReputationHistoryEntry, TransactionType } from '../domain/model.js';

/**
 * The ledger schema as migrations/index.ts creates it; every store queries through it.
 * Amounts are NUMERIC(38,18), read as exact text (`Numeric`) and turned into bigints by
 * amountFromDb. A migration that changes a table changes this interface in the same commit.
 */

export interface AccountsTable {
  id: string;
  kind: Account['kind'];
  status: Generated<AccountStatus>;
  developer_id: string | null;
  balance: Generated<Numeric>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

/** The fee account's balance, spread over FEE_ACCOUNT_SHARDS rows. */
export interface AccountShardsTable {
  account_id: string;
  shard: number;
  balance: Generated<Numeric>;
}

export interface TransactionsTable {
  id: string;
  type: TransactionType;
  sender_id: string | null;
  receiver_id: string;
  amount: Numeric;
  fee: Generated<Numeric>;
  status: LedgerTransaction['status'];
  message: string | null;
  balance_after: Numeric;
  /** -1 or 1 (a CHECK), once the sender has signalled. */
  reputation_signal: number | null;
  created_at: Generated<Timestamp>;
}

/** The append-only event store. */
export interface LedgerEventsTable {
  seq: Generated<Int8>;
  emit_key: string;
  type: LedgerEventType;
  transaction_id: string | null;
  payload: Json<Record<string, unknown>>;
  occurred_at: Generated<Timestamp>;
}

/** One link of the hash chain per event store row (see migration 0005_hash_chain). */
export interface LedgerChainTable {
  seq: Int8;
  prev_hash: string;
  hash: string;
  chained_at: Generated<Timestamp>;
}

export interface PostingsTable {
  id: Generated<Int8>;
  event_seq: Int8;
  account_id: string;
  amount: Numeric;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  transaction_id: string;
  created_at: Generated<Timestamp>;
}

export interface TransferBatchesTable {
  id: string;
  sender_id: string;
  atomic: boolean;
  results: Json<StoredBatchOutcome[]>;
  new_sender_balance: Numeric;
  created_at: Generated<Timestamp>;
}

export interface FundingRequestsTable {
  id: string;
  agent_did: string;
  amount: Numeric;
  reason: string;
  status: Generated<FundingStatus>;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  transaction_id: string | null;
}

export interface ReputationTable {
  agent_did: string;
  score: number;
  positive_signals: number;
  negative_signals: number;
  total_signals: number;
  /** What rulings moved the score by, apart from the signals (0003). */
  adjustment: Generated<number>;
  last_updated: Timestamp;
}

export interface ReputationHistoryTable {
  id: Generated<Int8>;
  agent_did: string;
  transaction_id: string;
  signaled_by: string;
  /** A CHECK keeps it to -1 or 1. */
  signal_value: ReputationHistoryEntry['signalValue'];
  score_change: number;
  new_score: number;
  reason: ReputationHistoryEntry['reason'];
  created_at: Generated<Timestamp>;
}

/** Ledger parameters changed at run time (by governance), kept across restarts (0005). */
export interface ParametersTable {
  name: string;
  value: string;
  /** What changed it (a governance proposal). */
  reference: string;
  updated_at: Generated<Timestamp>;
}

/** Two-phase holds (0003): amount + fee sit in the payments escrow until posted, voided or expired. */
export interface HoldsTable {
  id: string;
  reference: string;
  payer_id: string;
  receiver_id: string | null;
  amount: Numeric;
  fee: Numeric;
  purpose: string;
  status: Generated<HoldStatus>;
  expires_at: Timestamp | null;
  posted_amount: Numeric | null;
  transaction_id: string | null;
  end_reason: string | null;
  created_at: Generated<Timestamp>;
  ended_at: Timestamp | null;
}

/** Ruling adjustments of reputation (0003), one per key. */
export interface ReputationAdjustmentsTable {
  key: string;
  agent_did: string;
  delta: number;
  old_score: number;
  new_score: number;
  reason: string;
  created_at: Generated<Timestamp>;
}

/** Wrapped tokens of another frame's AVT (the SF-3 bridge), per holder. */
export interface WrappedBalancesTable {
  origin: string;
  holder: string;
  balance: Generated<Numeric>;
  updated_at: Generated<Timestamp>;
}

export interface LedgerDatabase extends OutboxTables {
  accounts: AccountsTable;
  account_shards: AccountShardsTable;
  transactions: TransactionsTable;
  ledger_events: LedgerEventsTable;
  ledger_chain: LedgerChainTable;
  postings: PostingsTable;
  idempotency_keys: IdempotencyKeysTable;
  funding_requests: FundingRequestsTable;
  reputation: ReputationTable;
  reputation_history: ReputationHistoryTable;
  parameters: ParametersTable;
  holds: HoldsTable;
  reputation_adjustments: ReputationAdjustmentsTable;
  transfer_batches: TransferBatchesTable;
  wrapped_balances: WrappedBalancesTable;
}

export type AccountRow = Selectable<AccountsTable>;
export type TransactionRow = Selectable<TransactionsTable>;
export type FundingRequestRow = Selectable<FundingRequestsTable>;
export type ReputationRow = Selectable<ReputationTable>;
export type ReputationHistoryRow = Selectable<ReputationHistoryTable>;
