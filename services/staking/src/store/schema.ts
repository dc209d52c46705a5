import type { Selectable } from 'kysely';
import type { Generated, Int8, Numeric, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { PayoutKind, RewardPayout } from '../domain/model.js';

/**
 * The staking schema as migrations/index.ts creates it; every store queries through it.
 * Amounts are NUMERIC(38,18), read as exact text and turned into bigints by amountFromDb.
 * A migration that changes a table changes this interface in the same commit.
 */

export interface StakesTable {
  id: string;
  agent_did: string;
  /** What still earns and votes; 0 once everything is unbonding or released. */
  amount: Numeric;
  initial_amount: Numeric;
  lock_days: Generated<number>;
  locked_until: Timestamp | null;
  status: 'pending' | 'active' | 'closed' | 'failed';
  rewards_earned: Generated<Numeric>;
  last_reward_at: Timestamp | null;
  created_at: Timestamp;
  activated_at: Timestamp | null;
  closed_at: Timestamp | null;
}

/** The earning amount of each stake over time: what reward cycles weigh. */
export interface StakeHistoryTable {
  id: Generated<Int8>;
  stake_id: string;
  effective_at: Timestamp;
  amount: Numeric;
}

export interface UnbondingsTable {
  id: string;
  stake_id: string;
  agent_did: string;
  amount: Numeric;
  started_at: Timestamp;
  release_at: Timestamp;
  status: 'unbonding' | 'released';
  released_at: Timestamp | null;
  transaction_id: string | null;
}

export interface DelegationsTable {
  id: string;
  delegator_did: string;
  validator_did: string;
  stake_id: string;
  amount: Numeric;
  /** 0–10000 (a CHECK): the validator's share of the delegated stake's reward. */
  share_bps: number;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  active: boolean;
}

export interface AutoCompoundTable {
  agent_did: string;
  enabled: boolean;
  updated_at: Generated<Timestamp>;
}

export interface RewardConfigsTable {
  id: string;
  name: string;
  apy: Numeric;
  is_active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RewardCyclesTable {
  id: string;
  seq: number;
  period_start: Timestamp;
  period_end: Timestamp;
  apy: Numeric;
  reward_percentage: Numeric | null;
  /** NUMERIC(78,0): Σ stake × seconds, beyond what a bigint column holds. */
  total_weight: Numeric;
  pool: Numeric;
  /** What was paid (or is still to be); withheld payouts are taken out of it. */
  distributed: Numeric;
  /** Rewards refused to suspended agents; they stayed in the treasury (0002). */
  withheld: Generated<Numeric>;
  remainder: Numeric;
  stakers_rewarded: number;
  status: 'paying' | 'completed';
  trigger: 'schedule' | 'admin';
  created_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface RewardPayoutsTable {
  id: string;
  cycle_id: string;
  stake_id: string;
  delegation_id: string | null;
  recipient_did: string;
  kind: PayoutKind;
  amount: Numeric;
  to_locked: boolean;
  status: RewardPayout['status'];
  transaction_id: string | null;
  paid_at: Timestamp | null;
}

/** One row, locked to serialize cycle starts. */
export interface CycleLockTable {
  id: number;
}

export interface SnapshotsTable {
  id: string;
  taken_at: Timestamp;
  total_power: Numeric;
}

export interface SnapshotEntriesTable {
  snapshot_id: string;
  agent_did: string;
  own_power: Numeric;
  delegated_power: Numeric;
  power: Numeric;
}

export interface StakingDatabase extends OutboxTables {
  stakes: StakesTable;
  stake_history: StakeHistoryTable;
  unbondings: UnbondingsTable;
  delegations: DelegationsTable;
  auto_compound: AutoCompoundTable;
  reward_configs: RewardConfigsTable;
  reward_cycles: RewardCyclesTable;
  reward_payouts: RewardPayoutsTable;
  cycle_lock: CycleLockTable;
  snapshots: SnapshotsTable;
  snapshot_entries: SnapshotEntriesTable;
}

export type StakeRow = Selectable<StakesTable>;
export type UnbondingRow = Selectable<UnbondingsTable>;
export type DelegationRow = Selectable<DelegationsTable>;
export type RewardConfigRow = Selectable<RewardConfigsTable>;
export type RewardCycleRow = Selectable<RewardCyclesTable>;
export type RewardPayoutRow = Selectable<RewardPayoutsTable>;
export type SnapshotEntryRow = Selectable<SnapshotEntriesTable>;
