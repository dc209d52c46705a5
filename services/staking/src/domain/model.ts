/** Staking's records. Amounts are bigints scaled by 10^18; times are Dates. */

export type StakeStatus = 'pending' | 'active' | 'closed' | 'failed';

export interface Stake {
  id: string;
  agentDid: string;
  /** What still earns and votes (unbonding parts are gone from it). */
  amount: bigint;
  /** The amount first locked (the ledger movement's amount). */
  initialAmount: bigint;
  lockDays: number;
  lockedUntil: Date | null;
  status: StakeStatus;
  rewardsEarned: bigint;
  lastRewardAt: Date | null;
  createdAt: Date;
  activatedAt: Date | null;
  closedAt: Date | null;
}

export type UnbondingStatus = 'unbonding' | 'released';

export interface Unbonding {
  id: string;
  stakeId: string;
  agentDid: string;
  amount: bigint;
  startedAt: Date;
  releaseAt: Date;
  status: UnbondingStatus;
  releasedAt: Date | null;
  transactionId: string | null;
}

export interface Delegation {
  id: string;
  delegatorDid: string;
  validatorDid: string;
  stakeId: string;
  amount: bigint;
  shareBps: bigint;
  startedAt: Date;
  endedAt: Date | null;
  active: boolean;
}

export interface RewardConfig {
  id: string;
  name: string;
  /** Percent per year, scaled by 10^18 ("5" → 5 × 10^18). */
  apy: bigint;
  isActive: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type CycleStatus = 'paying' | 'completed';

export interface RewardCycle {
  id: string;
  seq: number;
  periodStart: Date;
  periodEnd: Date;
  apy: bigint;
  rewardPercentage: bigint | null;
  totalWeight: bigint;
  pool: bigint;
  distributed: bigint;
  /** Refused to suspended agents: it stayed in the treasury. */
  withheld: bigint;
  remainder: bigint;
  stakersRewarded: number;
  status: CycleStatus;
  trigger: 'schedule' | 'admin';
  createdAt: Date;
  completedAt: Date | null;
}

export type PayoutKind = 'staker' | 'validator';

export interface RewardPayout {
  /** `{cycle}-{stake}` or `{cycle}-{stake}-{delegation}`: the ledger reference, so a rerun pays once. */
  id: string;
  cycleId: string;
  stakeId: string;
  delegationId: string | null;
  recipientDid: string;
  kind: PayoutKind;
  amount: bigint;
  toLocked: boolean;
  /** withheld: the recipient was suspended when it was paid; it is not paid later. */
  status: 'pending' | 'paid' | 'withheld';
  transactionId: string | null;
  paidAt: Date | null;
}

export interface PowerEntry {
  agentDid: string;
  ownPower: bigint;
  delegatedPower: bigint;
  power: bigint;
}

export interface Snapshot {
  id: string;
  takenAt: Date;
  totalPower: bigint;
}
