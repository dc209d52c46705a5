import { sql, type Kysely, type Updateable } from 'kysely';
import { appendToOutbox, createOutboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import { amountFromDb, amountToDb } from '@agentvault/ledger/amount';
import type { Delegation, PowerEntry, RewardConfig, RewardCycle, RewardPayout, Snapshot, Stake, Unbonding } from '../domain/model.js';
import type { StakingRepositories, StakingUnitOfWork } from '../domain/ports.js';
import type {
  DelegationRow, RewardConfigRow, RewardCycleRow, RewardPayoutRow, RewardConfigsTable, SnapshotEntryRow, StakeRow, StakingDatabase, UnbondingRow,
} from './schema.js';

const SOURCE = 'staking';
const date = (v: Date | string | null) => (v === null ? null : new Date(v));

const toStake = (r: StakeRow): Stake => ({
  id: r.id, agentDid: r.agent_did, amount: amountFromDb(r.amount), initialAmount: amountFromDb(r.initial_amount), lockDays: r.lock_days,
  lockedUntil: date(r.locked_until), status: r.status, rewardsEarned: amountFromDb(r.rewards_earned), lastRewardAt: date(r.last_reward_at),
  createdAt: new Date(r.created_at), activatedAt: date(r.activated_at), closedAt: date(r.closed_at),
});
const toUnbonding = (r: UnbondingRow): Unbonding => ({
  id: r.id, stakeId: r.stake_id, agentDid: r.agent_did, amount: amountFromDb(r.amount), startedAt: new Date(r.started_at), releaseAt: new Date(r.release_at),
  status: r.status, releasedAt: date(r.released_at), transactionId: r.transaction_id ?? null,
});
const toDelegation = (r: DelegationRow): Delegation => ({
  id: r.id, delegatorDid: r.delegator_did, validatorDid: r.validator_did, stakeId: r.stake_id, amount: amountFromDb(r.amount), shareBps: BigInt(r.share_bps),
  startedAt: new Date(r.started_at), endedAt: date(r.ended_at), active: r.active,
});
const toConfig = (r: RewardConfigRow): RewardConfig => ({
  id: r.id, name: r.name, apy: amountFromDb(r.apy), isActive: r.is_active, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
});
const toCycle = (r: RewardCycleRow): RewardCycle => ({
  id: r.id, seq: r.seq, periodStart: new Date(r.period_start), periodEnd: new Date(r.period_end), apy: amountFromDb(r.apy),
  rewardPercentage: r.reward_percentage === null ? null : amountFromDb(r.reward_percentage), totalWeight: BigInt(String(r.total_weight).split('.')[0]!),
  pool: amountFromDb(r.pool), distributed: amountFromDb(r.distributed), withheld: amountFromDb(r.withheld), remainder: amountFromDb(r.remainder), stakersRewarded: r.stakers_rewarded,
  status: r.status, trigger: r.trigger, createdAt: new Date(r.created_at), completedAt: date(r.completed_at),
});
const toPayout = (r: RewardPayoutRow): RewardPayout => ({
  id: r.id, cycleId: r.cycle_id, stakeId: r.stake_id, delegationId: r.delegation_id ?? null, recipientDid: r.recipient_did, kind: r.kind,
  amount: amountFromDb(r.amount), toLocked: r.to_locked, status: r.status, transactionId: r.transaction_id ?? null, paidAt: date(r.paid_at),
});
const toEntry = (r: SnapshotEntryRow): PowerEntry => ({
  agentDid: r.agent_did, ownPower: amountFromDb(r.own_power), delegatedPower: amountFromDb(r.delegated_power), power: amountFromDb(r.power),
});

export function stakingRepositories(db: Kysely<StakingDatabase>, onOutboxAppend: () => void = () => {}): StakingRepositories {
  return {
    stakes: {
      async insert(s) {
        await db.insertInto('stakes').values({
          id: s.id, agent_did: s.agentDid, amount: amountToDb(s.amount), initial_amount: amountToDb(s.initialAmount), lock_days: s.lockDays,
          locked_until: s.lockedUntil, status: s.status, created_at: s.createdAt,
        }).execute();
      },
      async get(id) {
        const r = await db.selectFrom('stakes').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? toStake(r) : null;
      },
      async lock(ids) {
        if (ids.length === 0) return [];
        const rows = await db.selectFrom('stakes').selectAll().where('id', 'in', [...new Set(ids)].sort()).orderBy('id').forUpdate().execute();
        return rows.map(toStake);
      },
      async lockActiveOf(agentDid) {
        const rows = await db.selectFrom('stakes').selectAll().where('agent_did', '=', agentDid).where('status', '=', 'active').orderBy('created_at').orderBy('id').forUpdate().execute();
        return rows.map(toStake);
      },
      async listOf(agentDid, activeOnly) {
        let q = db.selectFrom('stakes').selectAll().where('agent_did', '=', agentDid);
        q = activeOnly ? q.where('status', '=', 'active') : q.where('status', 'in', ['active', 'closed']);
        return (await q.orderBy('created_at').orderBy('id').execute()).map(toStake);
      },
      async listAll(limit, offset, activeOnly) {
        const base = db.selectFrom('stakes').where('status', 'in', activeOnly ? ['active'] : ['active', 'closed']);
        const [rows, count] = await Promise.all([
          base.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
          base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
        ]);
        return { items: rows.map(toStake), total: Number(count.n) };
      },
      async activeSince(since) {
        const rows = await db.selectFrom('stakes').selectAll()
          .where((eb) => eb.or([eb('status', '=', 'active'), eb.and([eb('status', '=', 'closed'), eb('closed_at', '>', since)])]))
          .orderBy('id').execute();
        return rows.map(toStake);
      },
      async activeAll() {
        return (await db.selectFrom('stakes').selectAll().where('status', '=', 'active').orderBy('id').execute()).map(toStake);
      },
      async pendingOlderThan(before) {
        return (await db.selectFrom('stakes').selectAll().where('status', '=', 'pending').where('created_at', '<', before).limit(100).execute()).map(toStake);
      },
      async activate(id, at) {
        const r = await db.updateTable('stakes').set({ status: 'active', activated_at: at }).where('id', '=', id).where('status', '=', 'pending')
          .returning(['amount']).executeTakeFirst();
        if (!r) return false;
        await db.insertInto('stake_history').values({ stake_id: id, effective_at: at, amount: r.amount }).execute();
        return true;
      },
      async fail(id) {
        await db.updateTable('stakes').set({ status: 'failed' }).where('id', '=', id).where('status', '=', 'pending').execute();
      },
      async setAmount(id, amount, at) {
        await db.updateTable('stakes')
          .set({ amount: amountToDb(amount), status: amount === 0n ? 'closed' : 'active', closed_at: amount === 0n ? at : null })
          .where('id', '=', id).execute();
        await db.insertInto('stake_history').values({ stake_id: id, effective_at: at, amount: amountToDb(amount) }).execute();
      },
      async addReward(id, reward, at) {
        await db.updateTable('stakes').set({ rewards_earned: sql`rewards_earned + ${amountToDb(reward)}::numeric`, last_reward_at: at }).where('id', '=', id).execute();
      },
      async history(ids) {
        const out = new Map<string, Array<{ at: number; amount: bigint }>>();
        if (ids.length === 0) return out;
        const rows = await db.selectFrom('stake_history').selectAll().where('stake_id', 'in', ids).orderBy('stake_id').orderBy('effective_at').orderBy('id').execute();
        for (const r of rows) {
          const list = out.get(r.stake_id) ?? [];
          const point = { at: new Date(r.effective_at).getTime(), amount: amountFromDb(r.amount) };
          // Two changes in the same millisecond: the later one holds from then on.
          if (list.length && list[list.length - 1]!.at === point.at) list[list.length - 1] = point;
          else list.push(point);
          out.set(r.stake_id, list);
        }
        return out;
      },
      async summary() {
        const r = await db.selectFrom('stakes').where('status', '=', 'active')
          .select([sql<string>`coalesce(sum(amount), 0)`.as('total'), sql<string>`count(*)`.as('n'), sql<string>`count(distinct agent_did)`.as('agents')])
          .executeTakeFirstOrThrow();
        return { totalStaked: amountFromDb(r.total), activeStakes: Number(r.n), uniqueStakers: Number(r.agents) };
      },
    },
    unbondings: {
      async insert(u) {
        await db.insertInto('unbondings').values({
          id: u.id, stake_id: u.stakeId, agent_did: u.agentDid, amount: amountToDb(u.amount), started_at: u.startedAt, release_at: u.releaseAt, status: u.status,
        }).execute();
      },
      async listOf(agentDid) {
        return (await db.selectFrom('unbondings').selectAll().where('agent_did', '=', agentDid).orderBy('started_at').orderBy('id').execute()).map(toUnbonding);
      },
      async due(now, limit) {
        return (await db.selectFrom('unbondings').selectAll().where('status', '=', 'unbonding').where('release_at', '<=', now).orderBy('release_at').limit(limit).execute()).map(toUnbonding);
      },
      async markReleased(id, transactionId, at) {
        const r = await db.updateTable('unbondings').set({ status: 'released', released_at: at, transaction_id: transactionId })
          .where('id', '=', id).where('status', '=', 'unbonding').executeTakeFirst();
        return Number(r.numUpdatedRows) > 0;
      },
    },
    delegations: {
      async insert(d) {
        await db.insertInto('delegations').values({
          id: d.id, delegator_did: d.delegatorDid, validator_did: d.validatorDid, stake_id: d.stakeId, amount: amountToDb(d.amount),
          share_bps: Number(d.shareBps), started_at: d.startedAt, active: d.active,
        }).execute();
      },
      async get(id) {
        const r = await db.selectFrom('delegations').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? toDelegation(r) : null;
      },
      async end(id, at) {
        const r = await db.updateTable('delegations').set({ active: false, ended_at: at }).where('id', '=', id).where('active', '=', true).executeTakeFirst();
        return Number(r.numUpdatedRows) > 0;
      },
      async activeOfStakes(stakeIds) {
        if (stakeIds.length === 0) return [];
        return (await db.selectFrom('delegations').selectAll().where('stake_id', 'in', stakeIds).where('active', '=', true).orderBy('id').execute()).map(toDelegation);
      },
      async activeAll() {
        return (await db.selectFrom('delegations').selectAll().where('active', '=', true).orderBy('id').execute()).map(toDelegation);
      },
      async byDelegator(did, activeOnly) {
        let q = db.selectFrom('delegations').selectAll().where('delegator_did', '=', did);
        if (activeOnly) q = q.where('active', '=', true);
        return (await q.orderBy('started_at').orderBy('id').execute()).map(toDelegation);
      },
      async byValidator(did, activeOnly) {
        let q = db.selectFrom('delegations').selectAll().where('validator_did', '=', did);
        if (activeOnly) q = q.where('active', '=', true);
        return (await q.orderBy('started_at').orderBy('id').execute()).map(toDelegation);
      },
    },
    settings: {
      async autoCompound(did) {
        return !!(await db.selectFrom('auto_compound').select('enabled').where('agent_did', '=', did).executeTakeFirst())?.enabled;
      },
      async autoCompoundMany(dids) {
        if (dids.length === 0) return new Set();
        const rows = await db.selectFrom('auto_compound').select('agent_did').where('agent_did', 'in', dids).where('enabled', '=', true).execute();
        return new Set(rows.map((r) => r.agent_did as string));
      },
      async setAutoCompound(did, enabled) {
        await db.insertInto('auto_compound').values({ agent_did: did, enabled })
          .onConflict((oc) => oc.column('agent_did').doUpdateSet({ enabled, updated_at: sql`now()` })).execute();
      },
    },
    rewardConfigs: {
      async insert(c) {
        await db.insertInto('reward_configs').values({
          id: c.id, name: c.name, apy: amountToDb(c.apy), is_active: c.isActive, created_at: c.createdAt, updated_at: c.updatedAt,
        }).execute();
      },
      async update(id, patch) {
        const set: Updateable<RewardConfigsTable> = { updated_at: new Date() };
        if (patch.name !== undefined) set.name = patch.name;
        if (patch.apy !== undefined) set.apy = amountToDb(patch.apy);
        if (patch.isActive !== undefined) set.is_active = patch.isActive;
        const r = await db.updateTable('reward_configs').set(set).where('id', '=', id).returningAll().executeTakeFirst();
        return r ? toConfig(r) : null;
      },
      async list() {
        return (await db.selectFrom('reward_configs').selectAll().orderBy('created_at').orderBy('id').execute()).map(toConfig);
      },
      async active() {
        // The newest active configuration decides the APY.
        const r = await db.selectFrom('reward_configs').selectAll().where('is_active', '=', true).orderBy('updated_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
        return r ? toConfig(r) : null;
      },
    },
    cycles: {
      async lockCycles() {
        await db.selectFrom('cycle_lock').select('id').where('id', '=', 1).forUpdate().execute();
      },
      async open() {
        const r = await db.selectFrom('reward_cycles').selectAll().where('status', '=', 'paying').executeTakeFirst();
        return r ? toCycle(r) : null;
      },
      async last() {
        const r = await db.selectFrom('reward_cycles').selectAll().orderBy('seq', 'desc').executeTakeFirst();
        return r ? toCycle(r) : null;
      },
      async insert(c, payouts) {
        await db.insertInto('reward_cycles').values({
          id: c.id, seq: c.seq, period_start: c.periodStart, period_end: c.periodEnd, apy: amountToDb(c.apy),
          reward_percentage: c.rewardPercentage === null ? null : amountToDb(c.rewardPercentage), total_weight: c.totalWeight.toString(),
          pool: amountToDb(c.pool), distributed: amountToDb(c.distributed), withheld: amountToDb(c.withheld), remainder: amountToDb(c.remainder), stakers_rewarded: c.stakersRewarded,
          status: c.status, trigger: c.trigger, created_at: c.createdAt,
        }).execute();
        for (let i = 0; i < payouts.length; i += 500) {
          await db.insertInto('reward_payouts').values(payouts.slice(i, i + 500).map((p) => ({
            id: p.id, cycle_id: p.cycleId, stake_id: p.stakeId, delegation_id: p.delegationId, recipient_did: p.recipientDid, kind: p.kind,
            amount: amountToDb(p.amount), to_locked: p.toLocked, status: p.status,
          }))).execute();
        }
      },
      async get(id) {
        const r = await db.selectFrom('reward_cycles').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? toCycle(r) : null;
      },
      async pendingPayouts(cycleId) {
        return (await db.selectFrom('reward_payouts').selectAll().where('cycle_id', '=', cycleId).where('status', '=', 'pending').orderBy('id').execute()).map(toPayout);
      },
      async markPaid(payoutId, transactionId, at) {
        const r = await db.updateTable('reward_payouts').set({ status: 'paid', transaction_id: transactionId, paid_at: at })
          .where('id', '=', payoutId).where('status', '=', 'pending').executeTakeFirst();
        return Number(r.numUpdatedRows) > 0;
      },
      async markWithheld(payoutId, at) {
        const r = await db.updateTable('reward_payouts').set({ status: 'withheld', paid_at: at })
          .where('id', '=', payoutId).where('status', '=', 'pending').returning(['cycle_id', 'amount']).executeTakeFirst();
        if (!r) return false;
        await db.updateTable('reward_cycles')
          .set({ distributed: sql<string>`distributed - ${r.amount}::numeric`, withheld: sql<string>`withheld + ${r.amount}::numeric` })
          .where('id', '=', r.cycle_id).execute();
        return true;
      },
      async complete(cycleId, at) {
        const pending = await db.selectFrom('reward_payouts').select('id').where('cycle_id', '=', cycleId).where('status', '=', 'pending').executeTakeFirst();
        if (pending) return;
        await db.updateTable('reward_cycles').set({ status: 'completed', completed_at: at }).where('id', '=', cycleId).where('status', '=', 'paying').execute();
      },
      async list(limit, offset) {
        const [rows, count] = await Promise.all([
          db.selectFrom('reward_cycles').selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
          db.selectFrom('reward_cycles').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
        ]);
        return { items: rows.map(toCycle), total: Number(count.n) };
      },
      async payoutsOf(agentDid, limit) {
        return (await db.selectFrom('reward_payouts').selectAll().where('recipient_did', '=', agentDid).where('status', '=', 'paid').orderBy('paid_at', 'desc').limit(limit).execute()).map(toPayout);
      },
    },
    snapshots: {
      async insert(s: Snapshot, entries: PowerEntry[]) {
        const r = await db.insertInto('snapshots').values({ id: s.id, taken_at: s.takenAt, total_power: amountToDb(s.totalPower) })
          .onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
        if (!r) return false;
        for (let i = 0; i < entries.length; i += 500) {
          await db.insertInto('snapshot_entries').values(entries.slice(i, i + 500).map((e) => ({
            snapshot_id: s.id, agent_did: e.agentDid, own_power: amountToDb(e.ownPower), delegated_power: amountToDb(e.delegatedPower), power: amountToDb(e.power),
          }))).execute();
        }
        return true;
      },
      async get(id) {
        const r = await db.selectFrom('snapshots').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? { id: r.id, takenAt: new Date(r.taken_at), totalPower: amountFromDb(r.total_power) } : null;
      },
      async entry(id, did) {
        const r = await db.selectFrom('snapshot_entries').selectAll().where('snapshot_id', '=', id).where('agent_did', '=', did).executeTakeFirst();
        return r ? toEntry(r) : null;
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, SOURCE, event);
        onOutboxAppend();
      },
    },
  };
}

export function createUnitOfWork(database: Database<StakingDatabase>, onOutboxCommit: () => void = () => {}): StakingUnitOfWork {
  return createOutboxUnitOfWork(database, stakingRepositories, onOutboxCommit);
}
