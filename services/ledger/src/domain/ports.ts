import type { Amount } from './amount.js';
import type {
  Account, AgentReputation, ClaimOutcome, FundingRequest, FundingStatus, IdempotencyClaim, LedgerEvent, LedgerTransaction, PublishedEvent,
  ReputationHistoryEntry, TransactionType, TransferBatch,
} from './model.js';

export interface TransactionQuery {
  accountId: string;
  type?: TransactionType;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/** What the ledger rules need from persistence; store/ implements it with kysely. */
/** What a round of transfers writes (all of it, or nothing). */
export interface SettledRound {
  changes: Array<{ id: string; delta: Amount }>;
  feeCredit: { accountId: string; amount: Amount } | null;
  transactions: LedgerTransaction[];
  events: LedgerEvent[];
  published: PublishedEvent[];
}

export interface LedgerRepositories {
  accounts: {
    get(id: string): Promise<Account | null>;
    /** Several accounts in one read; ids without an account are left out. */
    getMany(ids: string[]): Promise<Map<string, Account>>;
    /** Every agent account a developer owns. */
    ofDeveloper(developerId: string): Promise<Account[]>;
    /** Locks the rows (in id order, so concurrent movements cannot deadlock) until commit. */
    lock(ids: string[]): Promise<Map<string, Account>>;
    /** Opens an agent's account if it is not open yet; returns whether it was created. */
    openAgent(did: string, developerId: string | null): Promise<boolean>;
    adjust(id: string, delta: Amount): Promise<Amount>;
    /** Several adjustments in one statement; returns each account's new balance. */
    adjustMany(changes: Array<{ id: string; delta: Amount }>): Promise<Map<string, Amount>>;
    /** Credits a hot, credit-mostly account (the fee account) on one of its shards, without a row lock queue. */
    creditSharded(id: string, delta: Amount): Promise<void>;
    setStatus(id: string, status: Account['status']): Promise<void>;
  };
  transactions: {
    insert(tx: LedgerTransaction): Promise<void>;
    /** Several transactions in one statement. */
    insertMany(txs: LedgerTransaction[]): Promise<void>;
    get(id: string): Promise<LedgerTransaction | null>;
    list(query: TransactionQuery): Promise<{ items: LedgerTransaction[]; total: number }>;
    /** Locks one transaction's row until commit (reputation signals on it run one at a time). */
    lock(id: string): Promise<LedgerTransaction | null>;
    setReputationSignal(id: string, signal: 1 | -1): Promise<void>;
  };
  /** The ledger's own append-only event store (not the outbox). */
  eventStore: {
    /** Appends to the event store; false when the emit key is already there (nothing written). */
    append(event: LedgerEvent): Promise<boolean>;
    /** Appends several events (and their postings) at once; returns the emit keys written. */
    appendMany(events: LedgerEvent[]): Promise<Set<string>>;
    exists(emitKey: string): Promise<boolean>;
  };
  idempotency: {
    /** Records the key for this request, or says it was seen (same body → replay, other body → mismatch). */
    claim(claim: IdempotencyClaim, transactionId: string, ttlSeconds: number): Promise<ClaimOutcome>;
    /**
     * Records each key that is not taken yet, in one statement (keys in a stable order, so
     * concurrent rounds cannot deadlock); returns the transaction ids whose key was recorded.
     * A key already taken (a replay, a mismatch, an expired key) is left for `claim` to judge.
     */
    claimFresh(claims: Array<{ claim: IdempotencyClaim; transactionId: string }>): Promise<Set<string>>;
    /** Forgets keys recorded in this transaction whose movement did not happen after all. */
    release(claims: IdempotencyClaim[]): Promise<void>;
  };
  /** Events for other services, written in the same transaction (see packages/events). */
  outbox: {
    emit(event: PublishedEvent): Promise<void>;
    /** Several events in one statement, in order. */
    emitMany(events: PublishedEvent[]): Promise<void>;
  };
  /** The writes of a round of transfers (LedgerService.settleRound). */
  rounds: {
    /**
     * In one statement: adjusts the (locked) accounts, credits the fee account's shard, inserts
     * the transactions, appends the events with their postings and writes the outbox events.
     * Returns each adjusted account's new balance.
     */
    settle(round: SettledRound): Promise<Map<string, Amount>>;
  };
  /** Recorded outcomes of transfer batches (what an idempotent replay answers with). */
  transferBatches: {
    insert(batch: TransferBatch): Promise<void>;
    get(id: string): Promise<TransferBatch | null>;
  };
  fundingRequests: FundingRequestRepository;
  reputation: ReputationRepository;
}

export interface FundingRequestQuery {
  agentDid?: string;
  status?: FundingStatus;
  limit: number;
  offset: number;
}

export interface FundingDecision {
  status: Exclude<FundingStatus, 'pending'>;
  decidedAt: Date;
  decidedBy: string | null;
  decisionReason: string | null;
  transactionId: string | null;
}

export interface FundingRequestRepository {
  insert(request: FundingRequest): Promise<void>;
  get(id: string): Promise<FundingRequest | null>;
  /** Locks the request's row until commit, so that decisions on one request run one at a time. */
  lock(id: string): Promise<FundingRequest | null>;
  decide(id: string, decision: FundingDecision): Promise<void>;
  /** Newest first. */
  list(query: FundingRequestQuery): Promise<{ items: FundingRequest[]; total: number }>;
}

export interface ReputationRepository {
  get(did: string): Promise<AgentReputation | null>;
  getMany(dids: string[]): Promise<AgentReputation[]>;
  /** Adds one signal to the agent's projection in one atomic statement; the scores before and after. */
  apply(did: string, signal: 1 | -1, at: Date): Promise<{ oldScore: number; newScore: number }>;
  appendHistory(entry: ReputationHistoryEntry): Promise<void>;
  /** Newest first. */
  history(did: string, limit: number, offset: number): Promise<{ items: ReputationHistoryEntry[]; total: number }>;
  /** Agents with at least one signal, best first (score, then positive signals, then DID). */
  rankings(limit: number, offset: number): Promise<{ items: AgentReputation[]; total: number }>;
}

export interface UnitOfWork {
  run<T>(work: (repos: LedgerRepositories) => Promise<T>): Promise<T>;
  readonly read: LedgerRepositories;
}

export interface AuditFigures {
  totalMinted: Amount;
  totalBurned: Amount;
  sumOfBalances: Amount;
  issuanceBalance: Amount;
  unbalancedTransactions: number;
  negativeBalances: number;
}

export interface LedgerAudit {
  figures(): Promise<AuditFigures>;
}

/** How the ledger learns that an agent exists before identity's event has reached it. */
export interface AgentDirectory {
  find(did: string): Promise<{ did: string; developerId: string } | null>;
}

/** The hash chain's storage: the event store read in seq order and the side table of links. */
export interface ChainStore {
  head(): Promise<import('./chain.js').ChainHead>;
  /** The highest seq that can no longer be joined by a lower one (every writer before it has finished). */
  settledSeq(): Promise<bigint>;
  events(afterSeq: bigint, upToSeq: bigint, limit: number): Promise<import('./chain.js').ChainedEvent[]>;
  /** Appends links only if the head is still `expected` (another writer may have moved it); false if not. */
  append(expected: bigint, links: readonly import('./chain.js').ChainLink[]): Promise<boolean>;
  storedLinks(): AsyncIterable<import('./chain.js').StoredLink>;
  unchainedBelow(seq: bigint): Promise<bigint | null>;
  pending(afterSeq: bigint): Promise<bigint>;
}
