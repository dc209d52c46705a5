/**
 * What the cross-registry saga (cross-registry-transfer.ts) needs from persistence, from the
 * ledger and from peers. Money moves only in the ledger; this service keeps where each saga
 * stands, so that it resumes after a crash.
 */

/** transfer: our AVT locked here, wrapped tokens minted at the peer. redeem: wrapped tokens burned here, the origin frame's escrow released. */
export type SagaKind = 'transfer' | 'redeem';

/**
 * created → debited (lock / burn recorded here) → credited (the peer minted / released) →
 * completed; or debited → aborting (the peer refused, or finally timed out: it must confirm it
 * never credits) → compensated (refund / remint here); or created → failed (nothing moved).
 */
export type SagaState = 'created' | 'debited' | 'credited' | 'aborting' | 'completed' | 'compensated' | 'failed';
export const FINAL_STATES: readonly SagaState[] = ['completed', 'compensated', 'failed'];

export type SagaStatus = 'pending' | 'completed' | 'compensated' | 'failed';
export const statusOf = (state: SagaState): SagaStatus => (FINAL_STATES.includes(state) ? (state as SagaStatus) : 'pending');

export interface SagaStep {
  step: string;
  at: string;
  detail?: string;
}

export interface BridgeSaga {
  id: string;
  kind: SagaKind;
  /** The sender (transfer) or the holder of the wrapped tokens (redeem), an agent of ours. */
  agentDid: string;
  /** The receiver, an agent of the peer frame. */
  counterpartyDid: string;
  peerId: number;
  peerBaseUrl: string;
  peerName: string;
  amount: string;
  message: string | null;
  purpose: 'transfer' | 'payment';
  paymentRef: string | null;
  /** The payment's ledger hold that pays for the lock. */
  holdId: string | null;
  state: SagaState;
  failureReason: string | null;
  /** Some peer call may have been delivered without our hearing the answer. */
  uncertain: boolean;
  attempts: number;
  nextAttemptAt: Date;
  deadlineAt: Date;
  steps: SagaStep[];
  idempotencyScope: string | null;
  idempotencyKey: string | null;
  requestHash: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewSaga = Omit<BridgeSaga, 'state' | 'failureReason' | 'uncertain' | 'attempts' | 'steps' | 'createdAt' | 'updatedAt'>;

export interface SagaChange {
  state?: SagaState;
  failureReason?: string | null;
  uncertain?: boolean;
  attempts?: number;
  nextAttemptAt?: Date;
  step?: SagaStep;
}

export interface SagaRepository {
  /** Inserts the saga, or returns the one already stored under its idempotency key or payment. */
  insert(saga: NewSaga): Promise<{ saga: BridgeSaga; created: boolean }>;
  get(id: string): Promise<BridgeSaga | null>;
  /** Applies the change only if the saga is still in `from` (another advancer may have moved it). */
  transition(id: string, from: SagaState, change: SagaChange): Promise<BridgeSaga | null>;
  /** Unfinished sagas due for another attempt. */
  due(now: Date, limit: number): Promise<BridgeSaga[]>;
  list(agentDid: string, limit: number, offset: number): Promise<{ items: BridgeSaga[]; total: number }>;
  /** Sum and count of unfinished sagas with money out here but not yet in at the peer. */
  inFlight(peerBaseUrl: string): Promise<{ transfers: string; redemptions: string; count: number }>;
}

export type BridgeMoveKind = 'lock' | 'refund' | 'complete' | 'unlock' | 'abort_unlock' | 'mint' | 'abort_mint' | 'burn' | 'remint' | 'redeemed';

export interface BridgeLedger {
  move(input: { kind: BridgeMoveKind; reference: string; peer: string; agentDid: string; amount: string; memo?: string; holdId?: string }): Promise<{ outcome: 'done' | 'replayed' | 'preempted'; recordedKind: string }>;
  figures(peer: string): Promise<{ escrowLocked: string; wrappedSupply: string }>;
}
