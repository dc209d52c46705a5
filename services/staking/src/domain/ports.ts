import type { StakingEvent } from '@agentvault/contracts/staking-events';
import type { Delegation, PowerEntry, RewardConfig, RewardCycle, RewardPayout, Snapshot, Stake, Unbonding } from './model.js';

/** What the staking rules need from persistence; store/ implements it with kysely. */
export interface StakingRepositories {
  stakes: {
    insert(stake: Stake): Promise<void>;
    get(id: string): Promise<Stake | null>;
    /** Locks the rows until commit. */
    lock(ids: string[]): Promise<Stake[]>;
    /** An agent's active stakes, oldest first, locked until commit. */
    lockActiveOf(agentDid: string): Promise<Stake[]>;
    listOf(agentDid: string, activeOnly: boolean): Promise<Stake[]>;
    listAll(limit: number, offset: number, activeOnly: boolean): Promise<{ items: Stake[]; total: number }>;
    /** Every stake that was active at some time after `since` (for a reward cycle). */
    activeSince(since: Date): Promise<Stake[]>;
    activeAll(): Promise<Stake[]>;
    pendingOlderThan(before: Date): Promise<Stake[]>;
    activate(id: string, at: Date): Promise<boolean>;
    fail(id: string): Promise<void>;
    /** Sets the earning amount from `at` on (and the history point), closing the stake at 0. */
    setAmount(id: string, amount: bigint, at: Date): Promise<void>;
    addReward(id: string, reward: bigint, at: Date): Promise<void>;
    history(ids: string[]): Promise<Map<string, Array<{ at: number; amount: bigint }>>>;
    summary(): Promise<{ totalStaked: bigint; activeStakes: number; uniqueStakers: number }>;
  };
  unbondings: {
    insert(u: Unbonding): Promise<void>;
    listOf(agentDid: string): Promise<Unbonding[]>;
    due(now: Date, limit: number): Promise<Unbonding[]>;
    markReleased(id: string, transactionId: string, at: Date): Promise<boolean>;
  };
  delegations: {
    insert(d: Delegation): Promise<void>;
    get(id: string): Promise<Delegation | null>;
    end(id: string, at: Date): Promise<boolean>;
    activeOfStakes(stakeIds: string[]): Promise<Delegation[]>;
    activeAll(): Promise<Delegation[]>;
    byDelegator(did: string, activeOnly: boolean): Promise<Delegation[]>;
    byValidator(did: string, activeOnly: boolean): Promise<Delegation[]>;
  };
  settings: {
    autoCompound(did: string): Promise<boolean>;
    autoCompoundMany(dids: string[]): Promise<Set<string>>;
    setAutoCompound(did: string, enabled: boolean): Promise<void>;
  };
  rewardConfigs: {
    insert(c: RewardConfig): Promise<void>;
    update(id: string, patch: Partial<Pick<RewardConfig, 'name' | 'apy' | 'isActive'>>): Promise<RewardConfig | null>;
    list(): Promise<RewardConfig[]>;
    active(): Promise<RewardConfig | null>;
  };
  cycles: {
    /** Serializes cycle starts (a row lock held until commit). */
    lockCycles(): Promise<void>;
    open(): Promise<RewardCycle | null>;
    last(): Promise<RewardCycle | null>;
    insert(c: RewardCycle, payouts: RewardPayout[]): Promise<void>;
    get(id: string): Promise<RewardCycle | null>;
    pendingPayouts(cycleId: string): Promise<RewardPayout[]>;
    markPaid(payoutId: string, transactionId: string, at: Date): Promise<boolean>;
    /** Marks a pending payout withheld and moves its amount from the cycle's distributed to its withheld. */
    markWithheld(payoutId: string, at: Date): Promise<boolean>;
    complete(cycleId: string, at: Date): Promise<void>;
    list(limit: number, offset: number): Promise<{ items: RewardCycle[]; total: number }>;
    payoutsOf(agentDid: string, limit: number): Promise<RewardPayout[]>;
  };
  snapshots: {
    /** False when the snapshot already exists (nothing written). */
    insert(s: Snapshot, entries: PowerEntry[]): Promise<boolean>;
    get(id: string): Promise<Snapshot | null>;
    entry(id: string, did: string): Promise<PowerEntry | null>;
  };
  outbox: {
    emit(event: StakingEvent): Promise<void>;
  };
}

export interface StakingUnitOfWork {
  run<T>(work: (repos: StakingRepositories) => Promise<T>): Promise<T>;
  readonly read: StakingRepositories;
}

/** The ledger, as staking uses it (every call is once per reference). */
export interface LedgerPort {
  lock(agentDid: string, amount: bigint, reference: string, reason: string): Promise<{ transactionId: string }>;
  unlock(agentDid: string, amount: bigint, reference: string, reason: string): Promise<{ transactionId: string }>;
  payout(agentDid: string, amount: bigint, reference: string, reason: string, toLocked: boolean): Promise<{ transactionId: string }>;
  liquidBalance(agentDid: string): Promise<bigint>;
  lockedBalance(agentDid: string): Promise<bigint>;
  treasuryBalance(): Promise<bigint>;
}
