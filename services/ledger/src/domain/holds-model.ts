import type { Amount } from './amount.js';
import type { LedgerRepositories } from './ports.js';

/** Event store entries of two-phase holds (and ruling adjustments). */
export type HoldEventType =
  | 'HoldPlaced'
  | 'HoldPosted'
  | 'HoldRemainderReleased'
  | 'HoldCommissionCollected'
  | 'HoldVoided'
  | 'HoldExpired'
  | 'A2APaymentSettled'
  | 'PenaltyApplied'
  | 'ReputationAdjusted';

export type HoldStatus = 'pending' | 'posted' | 'voided' | 'expired';

export interface Hold {
  id: string;
  /** The caller's unique name for what the hold is for (`apt:<token id>`, `contract:<id>`). */
  reference: string;
  payerId: string;
  /** Fixed at placement when known (payment tokens); contracts may name it at post time. */
  receiverId: string | null;
  amount: Amount;
  /** The transfer fee, reserved with the amount so that posting cannot fail for want of it. */
  fee: Amount;
  purpose: string;
  status: HoldStatus;
  expiresAt: Date | null;
  postedAmount: Amount | null;
  transactionId: string | null;
  endReason: string | null;
  createdAt: Date;
  endedAt: Date | null;
}

export interface HoldEnd {
  status: Exclude<HoldStatus, 'pending'>;
  endedAt: Date;
  postedAmount: Amount | null;
  transactionId: string | null;
  endReason: string | null;
}

export interface HoldRepository {
  insert(hold: Hold): Promise<void>;
  get(id: string): Promise<Hold | null>;
  getByReference(reference: string): Promise<Hold | null>;
  /** Locks the hold's row until commit: the steps of one hold run one at a time. */
  lock(id: string): Promise<Hold | null>;
  end(id: string, end: HoldEnd): Promise<void>;
  /** Pending holds whose expiry has passed, oldest expiry first. */
  dueForExpiry(now: Date, limit: number): Promise<string[]>;
  /** Sum of amount + fee over pending holds: what the escrow account must hold. */
  pendingTotal(): Promise<{ count: number; total: Amount }>;
}

export interface ReputationAdjustmentRepository {
  /** Records the adjustment under its key and applies it to the score; null when the key was used already. */
  apply(input: { key: string; agentDid: string; delta: number; reason: string; at: Date }): Promise<{ oldScore: number; newScore: number } | null>;
  get(key: string): Promise<{ agentDid: string; delta: number; oldScore: number; newScore: number } | null>;
}

/** The ledger's repositories plus those of holds; one unit of work covers both. */
export type HoldRepositories = LedgerRepositories & { holds: HoldRepository; reputationAdjustments: ReputationAdjustmentRepository };

export interface HoldUnitOfWork {
  run<T>(work: (repos: HoldRepositories) => Promise<T>): Promise<T>;
  readonly read: HoldRepositories;
}
