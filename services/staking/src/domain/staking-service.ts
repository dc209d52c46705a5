import { randomBytes } from 'node:crypto';
import { DomainError, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import {
  DAY_MS, boostBps, boosted, distribute, percentToBps, poolFromApy, poolFromPercentage, splitReward, stakeWeight,
} from './arithmetic.js';
import type { Delegation, PowerEntry, RewardConfig, RewardCycle, RewardPayout, Stake, Unbonding } from './model.js';
import type { LedgerPort, StakingRepositories, StakingUnitOfWork } from './ports.js';

export interface StakingSettings {
  unbondingSeconds: number;
  /** Percent per year × 10^18, when no reward configuration is active. */
  defaultApy: bigint;
  maxLockDays: number;
  maxBoostBps: bigint;
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const iso = (d: Date) => d.toISOString();
/** The ledger's one rule for credits: a suspended agent receives nothing (409 ACCOUNT_SUSPENDED). */
const isSuspended = (err: unknown) => err instanceof DomainError && err.code === 'ACCOUNT_SUSPENDED';

export interface StakingStatus {
  agentDid: string;
  staked: bigint;
  unbonding: Unbonding[];
  rewardsEarned: bigint;
  apy: bigint;
  autoCompound: boolean;
  power: VotingPower;
  stakes: Stake[];
}

export interface VotingPower {
  agentDid: string;
  power: bigint;
  ownPower: bigint;
  stakedAmount: bigint;
  delegatedOutAmount: bigint;
  delegatedInAmount: bigint;
  delegatedPower: bigint;
  stakes: Array<{ stakeId: string; amount: bigint; undelegated: bigint; remainingLockDays: number; boostBps: bigint; power: bigint }>;
}

export interface CycleResult {
  cycle: RewardCycle;
  resumed: boolean;
}

/** The staking rules: stakes, unbonding, reward cycles, delegation and voting power. */
export class StakingService {
  constructor(
    private readonly uow: StakingUnitOfWork,
    private readonly ledger: LedgerPort,
    readonly settings: StakingSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // ── stakes ──────────────────────────────────────────────────────────────────

  /**
   * Records the stake first (pending), then asks the ledger to lock the AVT under the stake's
   * reference, then activates it: a crash in between leaves a pending stake that
   * `resumePendingStakes` finishes, and the ledger's reference keeps the lock to one.
   */
  async stake(input: { agentDid: string; amount: unknown; lockDays?: number }): Promise<Stake> {
    const amount = parseAmount(input.amount);
    const lockDays = input.lockDays ?? 0;
    if (!Number.isInteger(lockDays) || lockDays < 0 || lockDays > this.settings.maxLockDays) {
      throw validationError(`lock_days must be a whole number from 0 to ${this.settings.maxLockDays}`, 'lock_days');
    }
    const now = this.now();
    const stake: Stake = {
      id: newId('stk'), agentDid: input.agentDid, amount, initialAmount: amount, lockDays,
      lockedUntil: lockDays > 0 ? new Date(now.getTime() + lockDays * Number(DAY_MS)) : null,
      status: 'pending', rewardsEarned: 0n, lastRewardAt: null, createdAt: now, activatedAt: null, closedAt: null,
    };
    await this.uow.run((repos) => repos.stakes.insert(stake));
    try {
      await this.ledger.lock(stake.agentDid, amount, `stake-${stake.id}`, 'stake');
    } catch (err) {
      // Refused by the ledger (funds, suspension): nothing was locked, so the stake never was.
      if (err instanceof DomainError && err.kind !== 'service_unavailable' && err.kind !== 'internal_server_error') {
        await this.uow.run((repos) => repos.stakes.fail(stake.id));
      }
      throw err;
    }
    return this.activate(stake);
  }

  private async activate(stake: Stake): Promise<Stake> {
    return this.uow.run(async (repos) => {
      const at = this.now();
      if (await repos.stakes.activate(stake.id, at)) {
        await repos.outbox.emit({
          type: 'stake.created', subject: stake.agentDid,
          data: { stake_id: stake.id, agent_did: stake.agentDid, amount: formatAmount(stake.amount), lock_days: stake.lockDays, locked_until: stake.lockedUntil ? iso(stake.lockedUntil) : null },
        });
      }
      return (await repos.stakes.get(stake.id))!;
    });
  }

  /** Finishes stakes whose process died between recording and activating them. */
  async resumePendingStakes(olderThanMs = 10_000): Promise<number> {
    const pending = await this.uow.read.stakes.pendingOlderThan(new Date(this.now().getTime() - olderThanMs));
    for (const stake of pending) {
      try {
        await this.ledger.lock(stake.agentDid, stake.initialAmount, `stake-${stake.id}`, 'stake');
        await this.activate(stake);
      } catch (err) {
        if (err instanceof DomainError && err.kind === 'validation_error') await this.uow.run((repos) => repos.stakes.fail(stake.id));
        else throw err;
      }
    }
    return pending.length;
  }

  /**
   * Starts unbonding `amount`: it stops earning and voting now and returns to the liquid
   * balance after the unbonding period. Without a stake id, it comes out of the agent's
   * unlocked stakes, oldest first.
   */
  async unstake(input: { agentDid: string; stakeId?: string; amount: unknown }): Promise<Unbonding[]> {
    const amount = parseAmount(input.amount);
    return this.uow.run(async (repos) => {
      const now = this.now();
      let candidates: Stake[];
      if (input.stakeId) {
        const [stake] = await repos.stakes.lock([input.stakeId]);
        if (!stake || stake.agentDid !== input.agentDid || stake.status === 'pending' || stake.status === 'failed') throw notFound(`Stake ${input.stakeId} not found`);
        if (stake.status !== 'active') throw validationError(`Stake ${stake.id} is already fully unstaked`, 'stake_id');
        if (stake.lockedUntil && stake.lockedUntil > now) {
          throw new DomainError('validation_error', `Stake ${stake.id} is locked until ${iso(stake.lockedUntil)}`, {
            code: 'STAKE_LOCKED', field: 'stake_id', context: { locked_until: iso(stake.lockedUntil) },
          });
        }
        candidates = [stake];
      } else {
        const all = await repos.stakes.lockActiveOf(input.agentDid);
        candidates = all.filter((s) => !s.lockedUntil || s.lockedUntil <= now);
        if (candidates.length === 0 && all.length > 0) {
          const until = all.map((s) => s.lockedUntil!).sort((a, b) => a.getTime() - b.getTime())[0]!;
          throw new DomainError('validation_error', `Every stake is still locked; the first lock ends ${iso(until)}`, {
            code: 'STAKE_LOCKED', field: 'amount', context: { locked_until: iso(until) },
          });
        }
      }
      const delegated = await this.delegatedByStake(repos, candidates.map((s) => s.id));
      const free = (s: Stake) => s.amount - (delegated.get(s.id) ?? 0n);
      const available = candidates.reduce((sum, s) => sum + free(s), 0n);
      if (available < amount) {
        throw new DomainError('validation_error', `Only ${formatAmount(available)} AVT can be unstaked${delegated.size ? ' (end delegations to free the rest)' : ''}`, {
          code: 'INSUFFICIENT_STAKE', field: 'amount', context: { available: formatAmount(available) },
        });
      }
      const releaseAt = new Date(now.getTime() + this.settings.unbondingSeconds * 1000);
      const out: Unbonding[] = [];
      let left = amount;
      for (const stake of candidates) {
        if (left === 0n) break;
        const part = free(stake) < left ? free(stake) : left;
        if (part === 0n) continue;
        left -= part;
        await repos.stakes.setAmount(stake.id, stake.amount - part, now);
        const unbonding: Unbonding = {
          id: newId('unb'), stakeId: stake.id, agentDid: stake.agentDid, amount: part, startedAt: now, releaseAt,
          status: 'unbonding', releasedAt: null, transactionId: null,
        };
        await repos.unbondings.insert(unbonding);
        await repos.outbox.emit({
          type: 'stake.unbonding_started', subject: stake.agentDid,
          data: { stake_id: stake.id, unbonding_id: unbonding.id, agent_did: stake.agentDid, amount: formatAmount(part), release_at: iso(releaseAt) },
        });
        out.push(unbonding);
      }
      return out;
    });
  }

  /** Returns unbonded AVT whose time has come to the liquid balance; each once (the ledger reference is the unbonding). */
  async releaseDue(limit = 100): Promise<number> {
    const due = await this.uow.read.unbondings.due(this.now(), limit);
    let released = 0;
    for (const u of due) {
      let transactionId: string;
      try {
        ({ transactionId } = await this.ledger.unlock(u.agentDid, u.amount, `unbond-${u.id}`, 'unbonding released'));
      } catch (err) {
        // A suspended agent receives nothing, its own AVT included: it stays locked (and counted
        // as the agent's) and is released by a later run once the agent is reinstated.
        if (isSuspended(err)) continue;
        throw err;
      }
      await this.uow.run(async (repos) => {
        if (!(await repos.unbondings.markReleased(u.id, transactionId, this.now()))) return;
        released++;
        await repos.outbox.emit({
          type: 'stake.released', subject: u.agentDid,
          data: { stake_id: u.stakeId, unbonding_id: u.id, agent_did: u.agentDid, amount: formatAmount(u.amount), transaction_id: transactionId },
        });
      });
    }
    return released;
  }

  async stakesOf(agentDid: string, activeOnly: boolean): Promise<Stake[]> {
    return this.uow.read.stakes.listOf(agentDid, activeOnly);
  }

  async allStakes(limit: number, offset: number, activeOnly: boolean) {
    return this.uow.read.stakes.listAll(limit, offset, activeOnly);
  }

  async balance(agentDid: string): Promise<{ liquid: bigint; staked: bigint; unbonding: bigint; locked: bigint }> {
    const [liquid, locked, stakes, unbondings] = await Promise.all([
      this.ledger.liquidBalance(agentDid),
      this.ledger.lockedBalance(agentDid),
      this.uow.read.stakes.listOf(agentDid, true),
      this.uow.read.unbondings.listOf(agentDid),
    ]);
    const staked = stakes.reduce((s, x) => s + x.amount, 0n);
    const unbonding = unbondings.filter((u) => u.status === 'unbonding').reduce((s, u) => s + u.amount, 0n);
    return { liquid, staked, unbonding, locked };
  }

  async status(agentDid: string): Promise<StakingStatus> {
    const [stakes, unbondings, autoCompound, power, apy] = await Promise.all([
      this.uow.read.stakes.listOf(agentDid, false),
      this.uow.read.unbondings.listOf(agentDid),
      this.uow.read.settings.autoCompound(agentDid),
      this.votingPower(agentDid),
      this.currentApy(),
    ]);
    const active = stakes.filter((s) => s.status === 'active');
    return {
      agentDid,
      staked: active.reduce((s, x) => s + x.amount, 0n),
      unbonding: unbondings.filter((u) => u.status === 'unbonding'),
      rewardsEarned: stakes.reduce((s, x) => s + x.rewardsEarned, 0n),
      apy,
      autoCompound,
      power,
      stakes: active,
    };
  }

  async setAutoCompound(agentDid: string, enabled: boolean): Promise<boolean> {
    await this.uow.run((repos) => repos.settings.setAutoCompound(agentDid, enabled));
    return enabled;
  }

  // ── reward configurations ───────────────────────────────────────────────────

  async currentApy(): Promise<bigint> {
    return (await this.uow.read.rewardConfigs.active())?.apy ?? this.settings.defaultApy;
  }

  async createRewardConfig(input: { name: string; apy: unknown; isActive?: boolean }): Promise<RewardConfig> {
    const apy = parseAmount(input.apy, 'apy_percentage', { allowZero: true });
    const now = this.now();
    const config: RewardConfig = { id: newId('rwd'), name: input.name.slice(0, 200) || 'staking', apy, isActive: input.isActive ?? true, createdAt: now, updatedAt: now };
    await this.uow.run((repos) => repos.rewardConfigs.insert(config));
    return config;
  }

  async updateRewardConfig(id: string, patch: { name?: string; apy?: unknown; isActive?: boolean }): Promise<RewardConfig> {
    const updated = await this.uow.run((repos) =>
      repos.rewardConfigs.update(id, {
        name: patch.name,
        apy: patch.apy === undefined ? undefined : parseAmount(patch.apy, 'apy_percentage', { allowZero: true }),
        isActive: patch.isActive,
      }),
    );
    if (!updated) throw notFound(`Reward configuration ${id} not found`);
    return updated;
  }

  listRewardConfigs() {
    return this.uow.read.rewardConfigs.list();
  }

  // ── reward cycles ───────────────────────────────────────────────────────────

  /**
   * Runs a reward cycle: computes every payout of the period since the last cycle and records
   * them (one transaction), then pays each from the treasury under its own ledger reference.
   * A cycle left unfinished (a crash, a treasury that ran dry) is resumed, not recomputed, by
   * the next run, so each stake is paid once per cycle however often this runs.
   */
  async runCycle(input: { trigger: 'schedule' | 'admin'; rewardPercentage?: unknown }): Promise<CycleResult> {
    const percentage = input.rewardPercentage === undefined || input.rewardPercentage === null ? null : parseAmount(input.rewardPercentage, 'reward_percentage');
    let resumed = true;
    let cycle = await this.uow.read.cycles.open();
    if (!cycle) {
      const planned = await this.planCycle(input.trigger, percentage);
      cycle = planned.cycle;
      resumed = planned.resumed;
    }
    await this.payCycle(cycle);
    return { cycle: (await this.uow.read.cycles.get(cycle.id))!, resumed };
  }

  private async planCycle(trigger: 'schedule' | 'admin', percentage: bigint | null): Promise<CycleResult> {
    const apy = await this.currentApy();
    const treasury = await this.ledger.treasuryBalance();
    return this.uow.run(async (repos) => {
      await repos.cycles.lockCycles();
      const open = await repos.cycles.open();
      if (open) return { cycle: open, resumed: true };
      const last = await repos.cycles.last();
      const end = this.now();
      const stakes = await repos.stakes.activeSince(last?.periodEnd ?? new Date(0));
      const history = await repos.stakes.history(stakes.map((s) => s.id));
      const start = last?.periodEnd ?? new Date(Math.min(end.getTime(), ...stakes.map((s) => (history.get(s.id)?.[0]?.at ?? end.getTime()))));
      const weights = new Map<string, bigint>();
      for (const s of stakes) {
        const w = stakeWeight(history.get(s.id) ?? [], start.getTime(), end.getTime());
        if (w > 0n) weights.set(s.id, w);
      }
      const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0n);
      const pool = percentage !== null ? poolFromPercentage(totalWeight, percentage, end.getTime() - start.getTime()) : poolFromApy(totalWeight, apy);
      if (pool > treasury) {
        throw new DomainError('validation_error', `The treasury holds ${formatAmount(treasury)} AVT and cannot cover this reward cycle of ${formatAmount(pool)} AVT`, {
          code: 'TREASURY_INSUFFICIENT', context: { treasury_balance: formatAmount(treasury), required: formatAmount(pool) },
        });
      }
      const { shares, remainder } = distribute(pool, weights);
      const cycleId = newId('cyc');
      const byId = new Map(stakes.map((s) => [s.id, s]));
      const delegations = await repos.delegations.activeOfStakes([...shares.keys()]);
      const compounding = await repos.settings.autoCompoundMany([...new Set(stakes.map((s) => s.agentDid))]);
      const payouts: RewardPayout[] = [];
      for (const [stakeId, reward] of shares) {
        const stake = byId.get(stakeId)!;
        const mine = delegations.filter((d) => d.stakeId === stakeId);
        const split = splitReward(reward, stake.amount, mine.map((d) => ({ id: d.id, amount: d.amount, shareBps: d.shareBps })));
        const base = { cycleId, stakeId, status: 'pending' as const, transactionId: null, paidAt: null };
        if (split.owner > 0n) {
          payouts.push({ ...base, id: `${cycleId}-${stakeId}`, delegationId: null, recipientDid: stake.agentDid, kind: 'staker', amount: split.owner, toLocked: compounding.has(stake.agentDid) && stake.status === 'active' });
        }
        for (const d of mine) {
          const cut = split.validators.get(d.id) ?? 0n;
          if (cut > 0n) payouts.push({ ...base, id: `${cycleId}-${stakeId}-${d.id}`, delegationId: d.id, recipientDid: d.validatorDid, kind: 'validator', amount: cut, toLocked: false });
        }
      }
      const cycle: RewardCycle = {
        id: cycleId, seq: (last?.seq ?? 0) + 1, periodStart: start, periodEnd: end, apy, rewardPercentage: percentage, totalWeight, pool,
        distributed: pool - remainder, withheld: 0n, remainder, stakersRewarded: new Set(payouts.filter((p) => p.kind === 'staker').map((p) => p.stakeId)).size,
        status: 'paying', trigger, createdAt: end, completedAt: null,
      };
      await repos.cycles.insert(cycle, payouts);
      return { cycle, resumed: false };
    });
  }

  private async payCycle(cycle: RewardCycle): Promise<void> {
    for (const payout of await this.uow.read.cycles.pendingPayouts(cycle.id)) {
      const reason = payout.kind === 'validator' ? `validator share of staking reward, cycle ${cycle.seq}` : `staking reward, cycle ${cycle.seq}`;
      let transactionId: string;
      try {
        ({ transactionId } = await this.ledger.payout(payout.recipientDid, payout.amount, `reward-${payout.id}`, reason, payout.toLocked));
      } catch (err) {
        if (!isSuspended(err)) throw err;
        // The ledger credits a suspended agent nothing: its reward for this cycle is withheld
        // (it stays in the treasury), so that one suspension does not hold up everyone's cycle.
        await this.uow.run(async (repos) => {
          if (!(await repos.cycles.markWithheld(payout.id, this.now()))) return;
          await repos.outbox.emit({
            type: 'reward.withheld', subject: payout.recipientDid,
            data: { agent_did: payout.recipientDid, cycle_id: cycle.id, stake_id: payout.stakeId, kind: payout.kind, amount: formatAmount(payout.amount), reason: 'account suspended' },
          });
        });
        continue;
      }
      await this.uow.run(async (repos) => {
        const at = this.now();
        if (!(await repos.cycles.markPaid(payout.id, transactionId, at))) return;
        await repos.stakes.addReward(payout.stakeId, payout.kind === 'staker' ? payout.amount : 0n, at);
        if (payout.toLocked) {
          const [stake] = await repos.stakes.lock([payout.stakeId]);
          if (stake?.status === 'active') {
            await repos.stakes.setAmount(stake.id, stake.amount + payout.amount, at);
          } else {
            // The stake closed after the cycle was computed: the locked reward goes straight back out.
            await repos.unbondings.insert({
              id: newId('unb'), stakeId: payout.stakeId, agentDid: payout.recipientDid, amount: payout.amount, startedAt: at, releaseAt: at,
              status: 'unbonding', releasedAt: null, transactionId: null,
            });
          }
        }
        await repos.outbox.emit({
          type: 'reward.paid', subject: payout.recipientDid,
          data: {
            agent_did: payout.recipientDid, cycle_id: cycle.id, stake_id: payout.stakeId, kind: payout.kind, amount: formatAmount(payout.amount),
            compounded: payout.toLocked, transaction_id: transactionId,
          },
        });
      });
    }
    await this.uow.run((repos) => repos.cycles.complete(cycle.id, this.now()));
  }

  listCycles(limit: number, offset: number) {
    return this.uow.read.cycles.list(limit, offset);
  }

  rewardsOf(agentDid: string, limit: number) {
    return this.uow.read.cycles.payoutsOf(agentDid, limit);
  }

  async summary() {
    const [figures, recent] = await Promise.all([this.uow.read.stakes.summary(), this.uow.read.cycles.list(5, 0)]);
    return { ...figures, averageStake: figures.activeStakes ? figures.totalStaked / BigInt(figures.activeStakes) : 0n, recentCycles: recent.items };
  }

  // ── delegation ──────────────────────────────────────────────────────────────

  async delegate(input: { delegatorDid: string; validatorDid: string; stakeId?: string; amount?: unknown; rewardSharePercentage: string }): Promise<Delegation> {
    if (input.validatorDid === input.delegatorDid) throw validationError('Cannot delegate to yourself', 'validator_agent_id');
    const shareBps = percentToBps(input.rewardSharePercentage);
    if (shareBps === null) throw validationError('reward_share_percentage must be 0 to 100 with at most two decimals', 'reward_share_percentage');
    const amount = input.amount === undefined || input.amount === null ? null : parseAmount(input.amount);
    // 404 for an agent the ledger has no account for.
    await this.ledger.liquidBalance(input.validatorDid);
    return this.uow.run(async (repos) => {
      const stakes = input.stakeId ? await repos.stakes.lock([input.stakeId]) : await repos.stakes.lockActiveOf(input.delegatorDid);
      const mine = stakes.filter((s) => s.agentDid === input.delegatorDid && s.status === 'active');
      if (input.stakeId && mine.length === 0) throw notFound(`Stake ${input.stakeId} not found`);
      const delegated = await this.delegatedByStake(repos, mine.map((s) => s.id));
      const free = (s: Stake) => s.amount - (delegated.get(s.id) ?? 0n);
      const stake = mine.find((s) => free(s) > 0n && (amount === null || free(s) >= amount));
      if (!stake) throw validationError(mine.length ? 'No stake has that much undelegated AVT' : 'Stake something first: there is nothing to delegate', 'amount');
      const delegation: Delegation = {
        id: newId('dlg'), delegatorDid: input.delegatorDid, validatorDid: input.validatorDid, stakeId: stake.id, amount: amount ?? free(stake),
        shareBps, startedAt: this.now(), endedAt: null, active: true,
      };
      await repos.delegations.insert(delegation);
      await repos.outbox.emit({
        type: 'delegation.created', subject: delegation.delegatorDid,
        data: { delegation_id: delegation.id, agent_did: delegation.delegatorDid, validator_agent_id: delegation.validatorDid, stake_id: stake.id, amount: formatAmount(delegation.amount) },
      });
      return delegation;
    });
  }

  async undelegate(delegatorDid: string, delegationId: string): Promise<Delegation> {
    return this.uow.run(async (repos) => {
      const d = await repos.delegations.get(delegationId);
      if (!d || d.delegatorDid !== delegatorDid) throw notFound(`Delegation ${delegationId} not found`);
      if (!d.active) return d;
      const at = this.now();
      if (await repos.delegations.end(d.id, at)) {
        await repos.outbox.emit({
          type: 'delegation.ended', subject: delegatorDid,
          data: { delegation_id: d.id, agent_did: delegatorDid, validator_agent_id: d.validatorDid, stake_id: d.stakeId, amount: formatAmount(d.amount) },
        });
      }
      return { ...d, active: false, endedAt: at };
    });
  }

  delegationsOf(did: string, activeOnly: boolean) {
    return this.uow.read.delegations.byDelegator(did, activeOnly);
  }

  delegationsTo(did: string, activeOnly: boolean) {
    return this.uow.read.delegations.byValidator(did, activeOnly);
  }

  private async delegatedByStake(repos: StakingRepositories, stakeIds: string[]): Promise<Map<string, bigint>> {
    const out = new Map<string, bigint>();
    if (stakeIds.length === 0) return out;
    for (const d of await repos.delegations.activeOfStakes(stakeIds)) out.set(d.stakeId, (out.get(d.stakeId) ?? 0n) + d.amount);
    return out;
  }

  // ── voting power ────────────────────────────────────────────────────────────

  private boostOf(stake: Stake, at: Date): bigint {
    const remaining = stake.lockedUntil ? stake.lockedUntil.getTime() - at.getTime() : 0;
    return boostBps(remaining, this.settings.maxLockDays * Number(DAY_MS), this.settings.maxBoostBps);
  }

  /** Voting power now: own stake (less what is delegated away) × its lock boost, plus power delegated in. */
  async votingPower(agentDid: string): Promise<VotingPower> {
    const at = this.now();
    const [stakes, outgoing, incoming] = await Promise.all([
      this.uow.read.stakes.listOf(agentDid, true),
      this.uow.read.delegations.byDelegator(agentDid, true),
      this.uow.read.delegations.byValidator(agentDid, true),
    ]);
    const delegatedOut = new Map<string, bigint>();
    for (const d of outgoing) delegatedOut.set(d.stakeId, (delegatedOut.get(d.stakeId) ?? 0n) + d.amount);
    const rows = stakes.map((s) => {
      const bps = this.boostOf(s, at);
      const undelegated = s.amount - (delegatedOut.get(s.id) ?? 0n);
      const remainingMs = s.lockedUntil ? Math.max(0, s.lockedUntil.getTime() - at.getTime()) : 0;
      return { stakeId: s.id, amount: s.amount, undelegated, remainingLockDays: Math.ceil(remainingMs / Number(DAY_MS)), boostBps: bps, power: boosted(undelegated, bps) };
    });
    const sources = await this.stakesById(incoming.map((d) => d.stakeId));
    let delegatedPower = 0n;
    for (const d of incoming) {
      const source = sources.get(d.stakeId);
      if (source?.status === 'active') delegatedPower += boosted(d.amount, this.boostOf(source, at));
    }
    const ownPower = rows.reduce((s, r) => s + r.power, 0n);
    return {
      agentDid, power: ownPower + delegatedPower, ownPower, stakedAmount: stakes.reduce((s, x) => s + x.amount, 0n),
      delegatedOutAmount: outgoing.reduce((s, d) => s + d.amount, 0n), delegatedInAmount: incoming.reduce((s, d) => s + d.amount, 0n),
      delegatedPower, stakes: rows,
    };
  }

  private async stakesById(ids: string[]): Promise<Map<string, Stake>> {
    const out = new Map<string, Stake>();
    for (const id of new Set(ids)) {
      const s = await this.uow.read.stakes.get(id);
      if (s) out.set(id, s);
    }
    return out;
  }

  /**
   * Records everyone's voting power under `snapshotId` (a proposal), once: a second call
   * returns the first snapshot, so power moved afterwards does not count.
   */
  async snapshot(snapshotId: string): Promise<{ id: string; takenAt: Date; totalPower: bigint }> {
    if (!/^[A-Za-z0-9_.:-]{1,200}$/.test(snapshotId)) throw validationError('snapshot_id is not valid', 'snapshot_id');
    const existing = await this.uow.read.snapshots.get(snapshotId);
    if (existing) return existing;
    const at = this.now();
    const [stakes, delegations] = await Promise.all([this.uow.read.stakes.activeAll(), this.uow.read.delegations.activeAll()]);
    const byId = new Map(stakes.map((s) => [s.id, s]));
    const entries = new Map<string, PowerEntry>();
    const entry = (did: string) => {
      let e = entries.get(did);
      if (!e) entries.set(did, (e = { agentDid: did, ownPower: 0n, delegatedPower: 0n, power: 0n }));
      return e;
    };
    const delegatedOut = new Map<string, bigint>();
    for (const d of delegations) {
      const source = byId.get(d.stakeId);
      if (!source) continue;
      delegatedOut.set(d.stakeId, (delegatedOut.get(d.stakeId) ?? 0n) + d.amount);
      const e = entry(d.validatorDid);
      const p = boosted(d.amount, this.boostOf(source, at));
      e.delegatedPower += p;
      e.power += p;
    }
    for (const s of stakes) {
      const e = entry(s.agentDid);
      const p = boosted(s.amount - (delegatedOut.get(s.id) ?? 0n), this.boostOf(s, at));
      e.ownPower += p;
      e.power += p;
    }
    const list = [...entries.values()].filter((e) => e.power > 0n);
    const snapshot = { id: snapshotId, takenAt: at, totalPower: list.reduce((s, e) => s + e.power, 0n) };
    const fresh = await this.uow.run((repos) => repos.snapshots.insert(snapshot, list));
    return fresh ? snapshot : (await this.uow.read.snapshots.get(snapshotId))!;
  }

  async snapshotPower(snapshotId: string, agentDid: string): Promise<{ snapshot: { id: string; takenAt: Date; totalPower: bigint }; entry: PowerEntry }> {
    const snapshot = await this.uow.read.snapshots.get(snapshotId);
    if (!snapshot) throw notFound(`Snapshot ${snapshotId} not found`);
    const entry = (await this.uow.read.snapshots.entry(snapshotId, agentDid)) ?? { agentDid, ownPower: 0n, delegatedPower: 0n, power: 0n };
    return { snapshot, entry };
  }
}
