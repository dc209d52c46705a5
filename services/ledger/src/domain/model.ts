import type { HoldEventType } from './holds-model.js';
import type { BridgeEventType } from './bridge.js';
import type { Amount } from './amount.js';
import type { AccountStatus } from './accounts.js';

export interface Account {
  id: string;
  kind: 'agent' | 'system';
  status: AccountStatus;
  developerId: string | null;
  balance: Amount;
}

export type TransactionType =
  | 'transfer' | 'system_transfer' | 'funding' | 'issuance' | 'burn' | 'pledge_credit' | 'pledge_claim' | 'pledge_reversal' | 'lock' | 'unlock' | 'payout' | 'bridge_lock' | 'bridge_refund' | 'bridge_unlock';

export interface LedgerTransaction {
  id: string;
  type: TransactionType;
  senderId: string | null;
  receiverId: string;
  amount: Amount;
  fee: Amount;
  status: 'completed';
  message: string | null;
  /** The sender's (or for funding, the receiver's) balance right after, as the response showed it. */
  balanceAfter: Amount;
  createdAt: Date;
  reputationSignal: number | null;
}

/** One line of a double-entry movement; the postings of an event sum to zero. */
export interface Posting {
  accountId: string;
  amount: Amount;
}

/** Event store entry types (the TEG's own names). */
export type LedgerEventType =
  | 'TokensTransferred'
  | 'TransactionFeeCollected'
  | 'SystemTransferCompleted'
  | 'AgentFunded'
  | 'TokensMinted'
  | 'TokensBurned'
  | 'FundingRequested'
  | 'FundingApproved'
  | 'FundingRejected'
  | 'AgentSuspended'
  | 'AgentReinstated'
  | 'ReputationSignalApplied'
  | 'FundsLocked'
  | 'FundsUnlocked'
  | 'TreasuryPaidOut'
  | 'ParameterChanged'
  | HoldEventType
  | 'PledgeCredited'
  | 'PledgeClaimed'
  | 'PledgeReversed'
  | BridgeEventType;

export interface LedgerEvent {
  /** Deterministic per emit site (xfer-{tid}, fee-{tid}, …); UNIQUE in the store. */
  emitKey: string;
  type: LedgerEventType;
  transactionId: string | null;
  payload: Record<string, unknown>;
  postings: Posting[];
}

/** What other services hear about, through the outbox; names are the public catalogue's. */
export interface PublishedEvent {
  type: string;
  subject?: string;
  data: Record<string, unknown>;
}

export interface IdempotencyClaim {
  scope: string;
  key: string;
  requestHash: string;
}

export type ClaimOutcome =
  | { kind: 'new' }
  | { kind: 'replay'; transactionId: string }
  | { kind: 'mismatch' };

/** Flow 10: an agent asks the treasury for AVT; an administrator approves (funds) or rejects it once. */
export type FundingStatus = 'pending' | 'approved' | 'rejected';

export interface FundingRequest {
  id: string;
  agentDid: string;
  amount: Amount;
  reason: string;
  status: FundingStatus;
  createdAt: Date;
  decidedAt: Date | null;
  /** The administrator (developer id) who decided. */
  decidedBy: string | null;
  /** The administrator's reason, on rejection. */
  decisionReason: string | null;
  /** The funding movement, once approved. */
  transactionId: string | null;
}

/** The reputation projection of one agent (fed by ReputationSignalApplied events). */
export interface AgentReputation {
  agentDid: string;
  score: number;
  positiveSignals: number;
  negativeSignals: number;
  totalSignals: number;
  lastUpdated: Date | null;
}

export interface ReputationHistoryEntry {
  agentDid: string;
  transactionId: string;
  signaledBy: string;
  signalValue: 1 | -1;
  scoreChange: number;
  newScore: number;
  reason: 'transaction_signal';
  createdAt: Date;
}

/** One transfer's outcome in a batch, at its index in the request. */
export interface BatchOutcome {
  index: number;
  status: 'completed' | 'failed';
  transactionId?: string;
  fee?: Amount;
  error?: { code: string; detail: string };
}

/** How an outcome is kept (JSON: the fee as a decimal string). */
export type StoredBatchOutcome = Omit<BatchOutcome, 'fee'> & { fee?: string };

export interface TransferBatch {
  id: string;
  senderId: string;
  atomic: boolean;
  results: BatchOutcome[];
  newSenderBalance: Amount;
}
