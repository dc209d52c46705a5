import type { Handlers } from '@agentvault/grpc';
import type { StakingContract } from '@agentvault/contracts/staking';
import { validationError } from '@agentvault/errors';
import { formatAmount } from '@agentvault/ledger/amount';
import { bpsToMultiplier, bpsToPercent, BPS } from '../domain/arithmetic.js';
import type { Delegation, RewardConfig, RewardCycle, Stake, Unbonding } from '../domain/model.js';
import type { StakingService, VotingPower } from '../domain/staking-service.js';

/** proto ↔ domain for the StakingService; no rules here. */

const iso = (d: Date | null) => d?.toISOString() ?? '';

export const stakeMessage = (s: Stake) => ({
  stake_id: s.id, agent_id: s.agentDid, amount: formatAmount(s.amount), initial_amount: formatAmount(s.initialAmount), lock_days: s.lockDays,
  locked_until: iso(s.lockedUntil), status: s.status, rewards_earned: formatAmount(s.rewardsEarned), last_reward_claim: iso(s.lastRewardAt),
  staked_at: iso(s.activatedAt ?? s.createdAt), unstaked_at: iso(s.closedAt),
});

const unbondingMessage = (u: Unbonding) => ({
  unbonding_id: u.id, stake_id: u.stakeId, agent_id: u.agentDid, amount: formatAmount(u.amount), started_at: iso(u.startedAt), release_at: iso(u.releaseAt),
  status: u.status, released_at: iso(u.releasedAt), transaction_id: u.transactionId ?? '',
});

const configMessage = (c: RewardConfig) => ({
  reward_id: c.id, name: c.name, reward_type: 'staking', apy_percentage: formatAmount(c.apy), is_active: c.isActive, created_at: iso(c.createdAt), updated_at: iso(c.updatedAt),
});

const cycleMessage = (c: RewardCycle, resumed = false) => ({
  cycle_id: c.id, seq: c.seq, period_start: iso(c.periodStart), period_end: iso(c.periodEnd), apy_percentage: formatAmount(c.apy),
  reward_percentage: c.rewardPercentage === null ? '' : formatAmount(c.rewardPercentage), pool: formatAmount(c.pool), total_distributed: formatAmount(c.distributed), total_withheld: formatAmount(c.withheld),
  remainder: formatAmount(c.remainder), stakers_rewarded: c.stakersRewarded, status: c.status, trigger: c.trigger, created_at: iso(c.createdAt),
  completed_at: iso(c.completedAt), resumed,
});

const delegationMessage = (d: Delegation) => ({
  delegation_id: d.id, delegator_agent_id: d.delegatorDid, validator_agent_id: d.validatorDid, stake_id: d.stakeId, delegated_amount: formatAmount(d.amount),
  delegation_start: iso(d.startedAt), delegation_end: iso(d.endedAt), is_active: d.active, reward_share_percentage: bpsToPercent(d.shareBps),
});

function powerMessage(p: VotingPower, staking: StakingService) {
  const undelegated = p.stakes.reduce((s, x) => s + x.undelegated, 0n);
  return {
    agent_did: p.agentDid, voting_power: formatAmount(p.power), own_power: formatAmount(p.ownPower), staked_amount: formatAmount(p.stakedAmount),
    effective_boost: bpsToMultiplier(undelegated > 0n ? (p.ownPower * BPS) / undelegated : BPS),
    delegated_power: formatAmount(p.delegatedPower), delegated_in_amount: formatAmount(p.delegatedInAmount), delegated_out_amount: formatAmount(p.delegatedOutAmount),
    stakes: p.stakes.map((s) => ({
      stake_id: s.stakeId, amount: formatAmount(s.amount), undelegated_amount: formatAmount(s.undelegated), remaining_lock_days: s.remainingLockDays,
      boost: bpsToMultiplier(s.boostBps), voting_power: formatAmount(s.power),
    })),
    max_boost: bpsToMultiplier(staking.settings.maxBoostBps), max_lock_days: staking.settings.maxLockDays,
  };
}

const snapshotMessage = (s: { id: string; takenAt: Date; totalPower: bigint }) => ({ snapshot_id: s.id, taken_at: iso(s.takenAt), total_power: formatAmount(s.totalPower) });

function optionalBool(value: string, field: string): boolean | undefined {
  if (!value) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  throw validationError(`${field} must be true or false`, field);
}

type StakingHandlers = Handlers<StakingContract>;

/** Every method of the StakingService. */
export function stakingHandlers(staking: StakingService): StakingHandlers {
  return { ...stakeHandlers(staking), ...rewardHandlers(staking), ...delegationHandlers(staking), ...powerHandlers(staking) };
}

function stakeHandlers(staking: StakingService): Pick<StakingHandlers, 'Stake' | 'Unstake' | 'ListStakes' | 'GetBalance' | 'GetStatus' | 'SetAutoCompound'> {
  return {
    Stake: async (req) => stakeMessage(await staking.stake({ agentDid: req.agent_did, amount: req.amount, lockDays: req.lock_days })),
    Unstake: async (req) => {
      const unbondings = await staking.unstake({ agentDid: req.agent_did, stakeId: req.stake_id || undefined, amount: req.amount });
      return { unbondings: unbondings.map(unbondingMessage), amount: formatAmount(unbondings.reduce((s, u) => s + u.amount, 0n)) };
    },
    ListStakes: async (req) => {
      if (!req.agent_did) {
        const page = await staking.allStakes(req.limit || 50, req.offset, req.active_only);
        return { items: page.items.map(stakeMessage), total: page.total };
      }
      const items = await staking.stakesOf(req.agent_did, req.active_only);
      return { items: items.map(stakeMessage), total: items.length };
    },
    GetBalance: async (req) => {
      const b = await staking.balance(req.agent_did);
      return {
        agent_did: req.agent_did, liquid_balance: formatAmount(b.liquid), staked_balance: formatAmount(b.staked), unbonding_balance: formatAmount(b.unbonding),
        locked_balance: formatAmount(b.locked), total_balance: formatAmount(b.liquid + b.locked),
      };
    },
    GetStatus: async (req) => {
      const s = await staking.status(req.agent_did);
      return {
        agent_did: s.agentDid, staked_amount: formatAmount(s.staked), unbonding: s.unbonding.map(unbondingMessage),
        unbonding_amount: formatAmount(s.unbonding.reduce((sum, u) => sum + u.amount, 0n)), rewards_earned: formatAmount(s.rewardsEarned),
        apy_percentage: formatAmount(s.apy), auto_compound: s.autoCompound, voting_power: powerMessage(s.power, staking), stakes: s.stakes.map(stakeMessage),
      };
    },
    SetAutoCompound: async (req) => ({ agent_did: req.agent_did, enabled: await staking.setAutoCompound(req.agent_did, req.enabled) }),
  };
}

function rewardHandlers(staking: StakingService): Pick<StakingHandlers, 'CreateRewardConfig' | 'UpdateRewardConfig' | 'ListRewardConfigs' | 'RunRewardCycle' | 'ListRewardCycles' | 'GetSummary'> {
  return {
    CreateRewardConfig: async (req) => configMessage(await staking.createRewardConfig({ name: req.name, apy: req.apy_percentage, isActive: optionalBool(req.is_active, 'is_active') })),
    UpdateRewardConfig: async (req) =>
      configMessage(await staking.updateRewardConfig(req.reward_id, { name: req.name || undefined, apy: req.apy_percentage || undefined, isActive: optionalBool(req.is_active, 'is_active') })),
    ListRewardConfigs: async () => ({ items: (await staking.listRewardConfigs()).map(configMessage) }),
    RunRewardCycle: async (req) => {
      const r = await staking.runCycle({ trigger: req.trigger === 'schedule' ? 'schedule' : 'admin', rewardPercentage: req.reward_percentage || undefined });
      return cycleMessage(r.cycle, r.resumed);
    },
    ListRewardCycles: async (req) => {
      const page = await staking.listCycles(req.limit || 50, req.offset);
      return { items: page.items.map((c) => cycleMessage(c)), total: page.total };
    },
    GetSummary: async () => {
      const s = await staking.summary();
      return {
        total_staked: formatAmount(s.totalStaked), active_stakes_count: s.activeStakes, unique_stakers: s.uniqueStakers, average_stake_size: formatAmount(s.averageStake),
        recent_reward_distributions: s.recentCycles.map((c) => cycleMessage(c)), apy_percentage: formatAmount(await staking.currentApy()),
      };
    },
  };
}

function delegationHandlers(staking: StakingService): Pick<StakingHandlers, 'Delegate' | 'Undelegate' | 'ListDelegations'> {
  return {
    Delegate: async (req) =>
      delegationMessage(await staking.delegate({
        delegatorDid: req.delegator_did, validatorDid: req.validator_did, stakeId: req.stake_id || undefined, amount: req.amount || undefined,
        rewardSharePercentage: req.reward_share_percentage,
      })),
    Undelegate: async (req) => delegationMessage(await staking.undelegate(req.delegator_did, req.delegation_id)),
    ListDelegations: async (req) => {
      const items = req.validator_did ? await staking.delegationsTo(req.validator_did, req.active_only) : await staking.delegationsOf(req.delegator_did, req.active_only);
      return { items: items.map(delegationMessage) };
    },
  };
}

function powerHandlers(staking: StakingService): Pick<StakingHandlers, 'GetVotingPower' | 'TakeSnapshot' | 'GetSnapshotPower'> {
  return {
    GetVotingPower: async (req) => powerMessage(await staking.votingPower(req.agent_did), staking),
    TakeSnapshot: async (req) => snapshotMessage(await staking.snapshot(req.snapshot_id)),
    GetSnapshotPower: async (req) => {
      const { snapshot, entry } = await staking.snapshotPower(req.snapshot_id, req.agent_did);
      return {
        snapshot: snapshotMessage(snapshot), agent_did: entry.agentDid, voting_power: formatAmount(entry.power), own_power: formatAmount(entry.ownPower),
        delegated_power: formatAmount(entry.delegatedPower),
      };
    },
  };
}
