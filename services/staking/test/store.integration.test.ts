import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { migrateToLatest, openDatabase, typed, type Database } from '@agentvault/db';
import { DomainError } from '@agentvault/errors';
import { createTestDatabase, type TestDatabase } from '@agentvault/testing';
import { stakingMigrations, STAKING_SCHEMA } from '../migrations/index.js';
import type { RewardCycle, RewardPayout, Stake } from '../src/domain/model.js';
import type { LedgerPort, StakingUnitOfWork } from '../src/domain/ports.js';
import { StakingService, type StakingSettings } from '../src/domain/staking-service.js';
import { createUnitOfWork } from '../src/store/staking-store.js';
import type { StakingDatabase } from '../src/store/schema.js';
import type { StakingEvent } from '@agentvault/contracts/staking-events';

const AVT = 10n ** 18n;
const DAY = 24 * 3600 * 1000;
// In the past: a few columns are stamped by the database's now(), the rest by the rules' clock.
const T0 = new Date('2021-03-01T00:00:00.000Z');
const SETTINGS: StakingSettings = { unbondingSeconds: 3600, defaultApy: 5n * AVT, maxLockDays: 365, maxBoostBps: 25_000n };

type Failure = 'before' | 'after';

/**
 * The ledger as staking sees it, with the real one's promise: each (kind, reference) moves money
 * at most once, and asking again answers with the first transaction. `fail` simulates a ledger
 * that is down ('before': nothing moved) or an answer lost on the way back ('after': moved).
 */
class FakeLedger implements LedgerPort {
  liquid = new Map<string, bigint>();
  locked = new Map<string, bigint>();
  treasury = 10n ** 9n * AVT;
  readonly moves = new Map<string, { transactionId: string; did: string; amount: bigint }>();
  calls = 0;
  fail: (kind: string, reference: string) => Failure | undefined = () => undefined;
  /** Agents the ledger credits nothing (409 ACCOUNT_SUSPENDED), as its one rule for credits says. */
  readonly suspended = new Set<string>();

  private move(kind: string, reference: string, did: string, amount: bigint, apply: () => void) {
    this.calls++;
    const key = `${kind}:${reference}`;
    const failure = this.fail(kind, reference);
    if (failure === 'before') throw new DomainError('service_unavailable', 'ledger unavailable');
    let done = this.moves.get(key);
    if (!done) {
      if (kind !== 'lock' && this.suspended.has(did)) {
        throw new DomainError('conflict', `Receiving account ${did} is suspended`, { code: 'ACCOUNT_SUSPENDED' });
      }
      apply();
      done = { transactionId: `tx_${randomBytes(6).toString('hex')}`, did, amount };
      this.moves.set(key, done);
    }
    if (failure === 'after') throw new DomainError('service_unavailable', 'the answer was lost');
    return Promise.resolve({ transactionId: done.transactionId });
  }

  private add(map: Map<string, bigint>, did: string, delta: bigint) {
    const next = (map.get(did) ?? 0n) + delta;
    if (next < 0n) throw new DomainError('validation_error', 'Insufficient funds', { code: 'INSUFFICIENT_FUNDS' });
    map.set(did, next);
  }

  lock(did: string, amount: bigint, reference: string) {
    return this.move('lock', reference, did, amount, () => {
      this.add(this.liquid, did, -amount);
      this.add(this.locked, did, amount);
    });
  }
  unlock(did: string, amount: bigint, reference: string) {
    return this.move('unlock', reference, did, amount, () => {
      this.add(this.locked, did, -amount);
      this.add(this.liquid, did, amount);
    });
  }
  payout(did: string, amount: bigint, reference: string, _reason: string, toLocked: boolean) {
    return this.move('payout', reference, did, amount, () => {
      this.treasury -= amount;
      this.add(toLocked ? this.locked : this.liquid, did, amount);
    });
  }
  async liquidBalance(did: string) {
    return this.liquid.get(did) ?? 0n;
  }
  async lockedBalance(did: string) {
    return this.locked.get(did) ?? 0n;
  }
  async treasuryBalance() {
    return this.treasury;
  }
  movesOf(kind: string) {
    return [...this.moves].filter(([key]) => key.startsWith(`${kind}:`));
  }
}

/** A staking schema of its own (a fresh database: the migrations name the `staking` schema). */
interface World {
  database: Database<StakingDatabase>;
  uow: StakingUnitOfWork;
  ledger: FakeLedger;
  staking: StakingService;
  clock: { now: Date; advance(ms: number): void };
  commitsWithEvents: number;
  outbox(type: string): Promise<Array<{ type: string; source: string; subject: string | null; data: Record<string, any> }>>;
}

/** A stake.created event marked in its amount, to tell a rolled-back one from a committed one. */
const created = (s: Stake, mark: string): StakingEvent => ({
  type: 'stake.created', subject: s.agentDid, data: { stake_id: s.id, agent_did: s.agentDid, amount: mark, lock_days: 0, locked_until: null },
});

const did = () => `did:agentvault:${randomBytes(8).toString('hex')}`;

function expectDomainError(kind: DomainError['kind'], code?: string, detail?: RegExp) {
  return (err: unknown) => {
    assert.ok(err instanceof DomainError, `expected a DomainError, got ${String(err)}`);
    assert.equal(err.kind, kind, err.message);
    if (code) assert.equal(err.code, code);
    if (detail) assert.match(err.message, detail);
    return true;
  };
}

describe('staking store on PostgreSQL', function () {
  this.timeout(60_000);
  const cleanups: Array<() => Promise<void>> = [];

  async function world(): Promise<World> {
    const testDb: TestDatabase = await createTestDatabase('av_staking');
    const database = typed<StakingDatabase>(await openDatabase({ url: testDb.url, schema: STAKING_SCHEMA, poolSize: 10 }));
    cleanups.push(async () => {
      await database.close();
      await testDb.drop();
    });
    const applied = await migrateToLatest(database, stakingMigrations);
    assert.deepEqual(applied, Object.keys(stakingMigrations).sort());
    const w = { commitsWithEvents: 0 } as World;
    const clock = { now: new Date(T0), advance: (ms: number) => (clock.now = new Date(clock.now.getTime() + ms)) };
    w.database = database;
    w.clock = clock;
    w.uow = createUnitOfWork(database, () => (w.commitsWithEvents += 1));
    w.ledger = new FakeLedger();
    w.staking = new StakingService(w.uow, w.ledger, SETTINGS, () => clock.now);
    w.outbox = async (type) => (await database.db.selectFrom('outbox').selectAll().where('type', '=', type).orderBy('seq').execute()) as any;
    return w;
  }
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  const stakeRecord = (over: Partial<Stake> = {}): Stake => ({
    id: `stk_${randomBytes(6).toString('hex')}`, agentDid: did(), amount: 10n * AVT, initialAmount: 10n * AVT, lockDays: 0, lockedUntil: null,
    status: 'pending', rewardsEarned: 0n, lastRewardAt: null, createdAt: T0, activatedAt: null, closedAt: null, ...over,
  });
  const cycleRecord = (over: Partial<RewardCycle> = {}): RewardCycle => ({
    id: `cyc_${randomBytes(6).toString('hex')}`, seq: 1, periodStart: T0, periodEnd: new Date(T0.getTime() + DAY), apy: 5n * AVT, rewardPercentage: null,
    totalWeight: 0n, pool: 0n, distributed: 0n, withheld: 0n, remainder: 0n, stakersRewarded: 0, status: 'paying', trigger: 'admin', createdAt: T0, completedAt: null, ...over,
  });

  describe('repositories', () => {
    let w: World;
    before(async () => {
      w = await world();
    });

    it('keeps amounts exact to the last of 18 decimals, from one unit to the largest supply', async () => {
      const largest = 10n ** 15n * AVT - 1n;
      for (const amount of [1n, 123_456_789_012_345_678n, largest]) {
        const s = stakeRecord({ amount, initialAmount: amount, lockDays: 30, lockedUntil: new Date(T0.getTime() + 30 * DAY) });
        await w.uow.run((r) => r.stakes.insert(s));
        assert.deepEqual(await w.uow.read.stakes.get(s.id), s);
      }
    });

    it("records a stake's earning amount over time: activation, changes, the later of two in the same millisecond, closing", async () => {
      const s = stakeRecord();
      await w.uow.run((r) => r.stakes.insert(s));
      assert.equal(await w.uow.run((r) => r.stakes.activate(s.id, T0)), true);
      assert.equal(await w.uow.run((r) => r.stakes.activate(s.id, T0)), false, 'activated once');
      const t1 = new Date(T0.getTime() + 1000);
      await w.uow.run(async (r) => {
        await r.stakes.setAmount(s.id, 7n * AVT, t1);
        await r.stakes.setAmount(s.id, 6n * AVT, t1);
      });
      const t2 = new Date(T0.getTime() + 2000);
      await w.uow.run((r) => r.stakes.setAmount(s.id, 0n, t2));
      const history = (await w.uow.read.stakes.history([s.id])).get(s.id);
      assert.deepEqual(history, [
        { at: T0.getTime(), amount: 10n * AVT },
        { at: t1.getTime(), amount: 6n * AVT },
        { at: t2.getTime(), amount: 0n },
      ]);
      const closed = (await w.uow.read.stakes.get(s.id))!;
      assert.equal(closed.status, 'closed');
      assert.deepEqual(closed.closedAt, t2);
      // A cycle from before the close still weighs it; one from after does not.
      assert.ok((await w.uow.read.stakes.activeSince(new Date(t2.getTime() - 1))).some((x) => x.id === s.id));
      assert.ok(!(await w.uow.read.stakes.activeSince(t2)).some((x) => x.id === s.id));
    });

    it('refuses what the schema forbids: negative stakes, a second open cycle, sums that do not add up, bad shares', async () => {
      const s = stakeRecord({ status: 'active' });
      await w.uow.run((r) => r.stakes.insert(s));
      await assert.rejects(w.uow.run((r) => r.stakes.setAmount(s.id, -1n, T0)), /check constraint/);
      assert.equal((await w.uow.read.stakes.get(s.id))!.amount, 10n * AVT, 'the failed change left nothing');

      await w.uow.run((r) => r.cycles.insert(cycleRecord({ seq: 101, pool: 5n, distributed: 4n, remainder: 1n }), []));
      await assert.rejects(w.uow.run((r) => r.cycles.insert(cycleRecord({ seq: 102 }), [])), /reward_cycles_one_open|duplicate key/);
      await assert.rejects(w.uow.run((r) => r.cycles.insert(cycleRecord({ seq: 103, status: 'completed', pool: 5n, distributed: 5n, remainder: 1n }), [])), /reward_cycles_sums/);
      await assert.rejects(w.uow.run((r) => r.cycles.insert(cycleRecord({ seq: 104, status: 'completed', pool: 5n, distributed: 4n, withheld: 1n, remainder: 1n }), [])), /reward_cycles_sums/);
      await assert.rejects(w.uow.run((r) => r.cycles.insert(cycleRecord({ seq: 101, status: 'completed' }), [])), /duplicate key/);
      await assert.rejects(w.uow.run((r) => r.delegations.insert({
        id: 'dlg_bad', delegatorDid: s.agentDid, validatorDid: did(), stakeId: s.id, amount: AVT, shareBps: 10_001n, startedAt: T0, endedAt: null, active: true,
      })), /check constraint/);
      await w.database.db.updateTable('reward_cycles').set({ status: 'completed', completed_at: T0 }).where('seq', '=', 101).execute();
      await assert.rejects(w.uow.run((r) => r.unbondings.insert({
        id: 'unb_zero', stakeId: s.id, agentDid: s.agentDid, amount: 0n, startedAt: T0, releaseAt: T0, status: 'unbonding', releasedAt: null, transactionId: null,
      })), /check constraint/);
    });

    it('does each state change once: a payout paid, a cycle completed only when nothing is pending, an unbonding released, a delegation ended', async () => {
      const s = stakeRecord({ status: 'active' });
      await w.uow.run((r) => r.stakes.insert(s));
      const cycle = cycleRecord({ seq: 201, pool: 3n * AVT, distributed: 3n * AVT });
      const payout = (n: number): RewardPayout => ({
        id: `${cycle.id}-${s.id}-${n}`, cycleId: cycle.id, stakeId: s.id, delegationId: null, recipientDid: s.agentDid, kind: 'staker', amount: AVT,
        toLocked: false, status: 'pending', transactionId: null, paidAt: null,
      });
      await w.uow.run((r) => r.cycles.insert(cycle, [payout(1), payout(2), payout(3)]));
      const [p1, p2, p3] = [payout(1), payout(2), payout(3)];
      assert.equal(await w.uow.run((r) => r.cycles.markPaid(p1.id, 'tx_1', T0)), true);
      assert.equal(await w.uow.run((r) => r.cycles.markPaid(p1.id, 'tx_other', T0)), false, 'paid once');
      const racing = await Promise.all([1, 2, 3, 4].map(() => w.uow.run((r) => r.cycles.markPaid(p2.id, 'tx_2', T0))));
      assert.deepEqual(racing.filter(Boolean).length, 1, 'one of four racing marks wins');
      await w.uow.run((r) => r.cycles.complete(cycle.id, T0));
      assert.equal((await w.uow.read.cycles.get(cycle.id))!.status, 'paying', 'a payout is still pending');
      assert.deepEqual((await w.uow.read.cycles.pendingPayouts(cycle.id)).map((p) => p.id), [p3.id]);
      await w.uow.run((r) => r.cycles.markPaid(p3.id, 'tx_3', T0));
      await w.uow.run((r) => r.cycles.complete(cycle.id, T0));
      const done = (await w.uow.read.cycles.get(cycle.id))!;
      assert.equal(done.status, 'completed');
      assert.deepEqual(done.completedAt, T0);
      assert.equal((await w.uow.read.cycles.payoutsOf(s.agentDid, 10)).find((p) => p.id === p1.id)!.transactionId, 'tx_1');

      await w.uow.run((r) => r.unbondings.insert({
        id: 'unb_once', stakeId: s.id, agentDid: s.agentDid, amount: AVT, startedAt: T0, releaseAt: T0, status: 'unbonding', releasedAt: null, transactionId: null,
      }));
      const released = await Promise.all([1, 2, 3].map((n) => w.uow.run((r) => r.unbondings.markReleased('unb_once', `tx_u${n}`, T0))));
      assert.equal(released.filter(Boolean).length, 1);
      assert.deepEqual(await w.uow.read.unbondings.due(new Date(T0.getTime() + DAY), 10), []);

      await w.uow.run((r) => r.delegations.insert({
        id: 'dlg_once', delegatorDid: s.agentDid, validatorDid: did(), stakeId: s.id, amount: AVT, shareBps: 1000n, startedAt: T0, endedAt: null, active: true,
      }));
      const ended = await Promise.all([1, 2].map(() => w.uow.run((r) => r.delegations.end('dlg_once', T0))));
      assert.deepEqual(ended.sort(), [false, true]);
      assert.deepEqual(await w.uow.read.delegations.activeOfStakes([s.id]), []);
    });

    it('a unit of work that throws leaves nothing behind, its events included', async () => {
      const s = stakeRecord();
      const before = w.commitsWithEvents;
      await assert.rejects(w.uow.run(async (r) => {
        await r.stakes.insert(s);
        await r.outbox.emit(created(s, 'rolled-back'));
        throw new Error('boom');
      }), /boom/);
      assert.equal(await w.uow.read.stakes.get(s.id), null);
      assert.deepEqual((await w.outbox('stake.created')).filter((e) => e.data.stake_id === s.id), []);
      assert.equal(w.commitsWithEvents, before, 'the relay is not woken for a rollback');
      await w.uow.run((r) => r.outbox.emit(created(s, 'committed')));
      assert.equal(w.commitsWithEvents, before + 1);
      const [committed] = (await w.outbox('stake.created')).filter((e) => e.data.stake_id === s.id);
      assert.equal(committed!.source, 'staking');
      assert.equal(committed!.data.amount, 'committed');
    });

    it('reads: pages of stakes with totals, the summary, auto-compound settings, the newest active reward configuration', async () => {
      const agent = did();
      for (let i = 0; i < 5; i++) {
        const s = stakeRecord({ agentDid: agent, amount: BigInt(i + 1) * AVT, initialAmount: BigInt(i + 1) * AVT, createdAt: new Date(T0.getTime() + i) });
        await w.uow.run(async (r) => {
          await r.stakes.insert(s);
          await r.stakes.activate(s.id, s.createdAt);
        });
      }
      assert.deepEqual((await w.uow.read.stakes.listOf(agent, true)).map((s) => s.amount), [1n, 2n, 3n, 4n, 5n].map((n) => n * AVT), 'oldest first');
      const all = await w.uow.read.stakes.listAll(2, 0, true);
      const rest = await w.uow.read.stakes.listAll(100, 2, true);
      assert.equal(all.items.length, 2);
      assert.equal(all.total, rest.total);
      assert.equal(all.total, all.items.length + rest.items.length);
      const summary = await w.uow.read.stakes.summary();
      assert.equal(summary.activeStakes, all.total);
      assert.equal(summary.totalStaked, [...all.items, ...rest.items].reduce((t, s) => t + s.amount, 0n));

      assert.equal(await w.uow.read.settings.autoCompound(agent), false);
      await w.uow.run((r) => r.settings.setAutoCompound(agent, true));
      await w.uow.run((r) => r.settings.setAutoCompound(agent, true));
      assert.deepEqual(await w.uow.read.settings.autoCompoundMany([agent, did()]), new Set([agent]));
      await w.uow.run((r) => r.settings.setAutoCompound(agent, false));
      assert.equal(await w.uow.read.settings.autoCompound(agent), false);

      await w.staking.createRewardConfig({ name: 'old', apy: '4' });
      w.clock.advance(1000);
      const newest = await w.staking.createRewardConfig({ name: 'new', apy: '7.25' });
      w.clock.advance(1000);
      const inactive = await w.staking.createRewardConfig({ name: 'off', apy: '99', isActive: false });
      assert.equal((await w.uow.read.rewardConfigs.active())!.id, newest.id);
      assert.equal(await w.staking.currentApy(), 7_250_000_000_000_000_000n);
      await w.staking.updateRewardConfig(inactive.id, { isActive: true });
      assert.equal(await w.staking.currentApy(), 99n * AVT, 'the most recently changed active one decides');
      await assert.rejects(w.staking.updateRewardConfig('rwd_missing', { isActive: true }), expectDomainError('not_found'));
    });
  });

  describe('the rules on the store', () => {
    it('pays a reward cycle exactly, and once, when the ledger fails midway and the cycle is run again', async () => {
      const w = await world();
      const [alice, bob, carol, validator] = [did(), did(), did(), did()];
      for (const agent of [alice, bob, carol]) w.ledger.liquid.set(agent, 1000n * AVT);
      await w.staking.setAutoCompound(carol, true);
      const a = await w.staking.stake({ agentDid: alice, amount: '100' });
      const b = await w.staking.stake({ agentDid: bob, amount: '200' });
      const c = await w.staking.stake({ agentDid: carol, amount: '300' });
      const delegation = await w.staking.delegate({ delegatorDid: bob, validatorDid: validator, stakeId: b.id, amount: '100', rewardSharePercentage: '25' });
      w.clock.advance(DAY / 2);
      // Opened half way through: it earns on half the period.
      const late = await w.staking.stake({ agentDid: alice, amount: '50' });
      w.clock.advance(DAY / 2);

      // The second payout's answer is lost after the ledger moved the money; the fourth never reaches it.
      let payouts = 0;
      w.ledger.fail = (kind) => {
        if (kind !== 'payout') return undefined;
        payouts++;
        return payouts === 2 ? 'after' : payouts === 4 ? 'before' : undefined;
      };
      await assert.rejects(w.staking.runCycle({ trigger: 'admin', rewardPercentage: '10' }), expectDomainError('service_unavailable'));
      const open = (await w.uow.read.cycles.open())!;
      assert.ok(open, 'the cycle is left open, not lost');
      await assert.rejects(w.staking.runCycle({ trigger: 'admin', rewardPercentage: '50' }), expectDomainError('service_unavailable'));
      const done = await w.staking.runCycle({ trigger: 'admin', rewardPercentage: '50' });
      assert.equal(done.resumed, true);
      assert.equal(done.cycle.id, open.id, 'the same cycle, not a new one');
      assert.equal(done.cycle.status, 'completed');

      // 10% of the time-weighted stake over one day: 625 AVT·days → 62.5 AVT, nothing left over.
      assert.equal(done.cycle.rewardPercentage, 10n * AVT, 'the rerun did not change the plan');
      assert.equal(done.cycle.pool, 62_500_000_000_000_000_000n);
      assert.equal(done.cycle.remainder, 0n);
      assert.equal(done.cycle.stakersRewarded, 4);
      assert.deepEqual(done.cycle.periodStart, T0);
      const expected = new Map<string, [string, bigint, boolean]>([
        [`${open.id}-${a.id}`, [alice, 10n * AVT, false]],
        [`${open.id}-${late.id}`, [alice, 2_500_000_000_000_000_000n, false]],
        // Bob's 20 AVT: the validator's 25% of the half delegated to it, 2.5; Bob the rest.
        [`${open.id}-${b.id}`, [bob, 17_500_000_000_000_000_000n, false]],
        [`${open.id}-${b.id}-${delegation.id}`, [validator, 2_500_000_000_000_000_000n, false]],
        [`${open.id}-${c.id}`, [carol, 30n * AVT, true]],
      ]);
      const paid = await w.database.db.selectFrom('reward_payouts').selectAll().where('cycle_id', '=', open.id).execute();
      assert.equal(paid.length, expected.size);
      for (const p of paid) {
        const [recipient, amount, toLocked] = expected.get(p.id)!;
        assert.equal(p.recipient_did, recipient);
        assert.equal(BigInt(String(p.amount).replace('.', '')), amount, p.id);
        assert.equal(p.to_locked, toLocked);
        assert.equal(p.status, 'paid');
        // Paid once in the ledger, and the payout names that very movement.
        const moved = w.ledger.moves.get(`payout:reward-${p.id}`)!;
        assert.equal(moved.amount, amount);
        assert.equal(p.transaction_id, moved.transactionId);
      }
      assert.equal(w.ledger.movesOf('payout').length, expected.size, 'no other payouts');
      assert.equal(w.ledger.treasury, 10n ** 9n * AVT - done.cycle.distributed);

      const stake = async (id: string) => (await w.uow.read.stakes.get(id))!;
      assert.equal((await stake(a.id)).rewardsEarned, 10n * AVT);
      assert.equal((await stake(b.id)).rewardsEarned, 17_500_000_000_000_000_000n);
      assert.equal((await stake(c.id)).rewardsEarned, 30n * AVT);
      assert.equal((await stake(c.id)).amount, 330n * AVT, 'compounded once');
      assert.equal(w.ledger.locked.get(carol), 330n * AVT);
      assert.equal(w.ledger.liquid.get(validator), 2_500_000_000_000_000_000n);
      const events = await w.outbox('reward.paid');
      assert.equal(events.length, expected.size, 'one reward.paid per payout');
      assert.deepEqual(new Set(events.map((e) => `${e.data.stake_id}:${e.data.kind}`)).size, expected.size);

      // The next cycle starts where this one ended.
      w.clock.advance(DAY);
      const next = await w.staking.runCycle({ trigger: 'schedule' });
      assert.equal(next.resumed, false);
      assert.equal(next.cycle.seq, done.cycle.seq + 1);
      assert.deepEqual(next.cycle.periodStart, done.cycle.periodEnd);
    });

    it('plans one cycle and pays it once when several runs race', async () => {
      const w = await world();
      const agents = [did(), did(), did()];
      for (const agent of agents) {
        w.ledger.liquid.set(agent, 100n * AVT);
        for (let i = 0; i < 4; i++) await w.staking.stake({ agentDid: agent, amount: '10' });
      }
      w.clock.advance(DAY);
      const runs = await Promise.all(Array.from({ length: 4 }, () => w.staking.runCycle({ trigger: 'admin', rewardPercentage: '10' })));
      assert.equal(new Set(runs.map((r) => r.cycle.id)).size, 1, 'one cycle');
      assert.equal(runs.filter((r) => !r.resumed).length, 1, 'planned once');
      const cycles = await w.database.db.selectFrom('reward_cycles').selectAll().execute();
      assert.equal(cycles.length, 1);
      assert.equal(w.ledger.movesOf('payout').length, 12);
      for (const agent of agents) assert.equal(w.ledger.liquid.get(agent), 60n * AVT + 4n * AVT, 'each of 4 stakes paid 1 AVT once');
      for (const s of await w.uow.read.stakes.activeAll()) assert.equal(s.rewardsEarned, AVT);
      assert.equal((await w.outbox('reward.paid')).length, 12);
    });

    it('lets concurrent unstakes of one stake take no more than it holds', async () => {
      const w = await world();
      const agent = did();
      w.ledger.liquid.set(agent, 100n * AVT);
      const s = await w.staking.stake({ agentDid: agent, amount: '100' });
      const results = await Promise.allSettled(Array.from({ length: 5 }, () => w.staking.unstake({ agentDid: agent, stakeId: s.id, amount: '60' })));
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
        expectDomainError('validation_error', 'INSUFFICIENT_STAKE', /Only 40\.0+ AVT can be unstaked/)(r.reason);
      }
      assert.equal((await w.uow.read.stakes.get(s.id))!.amount, 40n * AVT);
      const unbondings = await w.uow.read.unbondings.listOf(agent);
      assert.deepEqual(unbondings.map((u) => u.amount), [60n * AVT]);
      assert.equal((await w.outbox('stake.unbonding_started')).length, 1);
    });

    it('releases each due unbonding once, through a lost ledger answer and two racing workers', async () => {
      const w = await world();
      const agent = did();
      w.ledger.liquid.set(agent, 100n * AVT);
      await w.staking.stake({ agentDid: agent, amount: '100' });
      await w.staking.unstake({ agentDid: agent, amount: '30' });
      await w.staking.unstake({ agentDid: agent, amount: '70' });
      assert.equal(await w.staking.releaseDue(), 0, 'not due yet');
      w.clock.advance(SETTINGS.unbondingSeconds * 1000);
      let unlocks = 0;
      w.ledger.fail = (kind) => (kind === 'unlock' && ++unlocks === 1 ? 'after' : undefined);
      await assert.rejects(w.staking.releaseDue(), expectDomainError('service_unavailable'));
      const released = await Promise.all([w.staking.releaseDue(), w.staking.releaseDue()]);
      assert.equal(released[0]! + released[1]!, 2);
      assert.equal(w.ledger.movesOf('unlock').length, 2);
      assert.equal(w.ledger.liquid.get(agent), 100n * AVT);
      assert.equal(w.ledger.locked.get(agent), 0n);
      const unbondings = await w.uow.read.unbondings.listOf(agent);
      assert.ok(unbondings.every((u) => u.status === 'released' && u.transactionId === w.ledger.moves.get(`unlock:unbond-${u.id}`)!.transactionId));
      assert.equal((await w.outbox('stake.released')).length, 2);
      assert.equal((await w.uow.read.stakes.listOf(agent, false))[0]!.status, 'closed');
    });

    it('withholds the reward of a suspended agent and completes the cycle; its unbonding waits for reinstatement', async () => {
      const w = await world();
      const [alice, mallory] = [did(), did()];
      for (const agent of [alice, mallory]) w.ledger.liquid.set(agent, 100n * AVT);
      await w.staking.stake({ agentDid: alice, amount: '100' });
      const malloryStake = await w.staking.stake({ agentDid: mallory, amount: '100' });
      await w.staking.unstake({ agentDid: mallory, amount: '40' });
      w.clock.advance(DAY);
      w.ledger.suspended.add(mallory);

      const { cycle } = await w.staking.runCycle({ trigger: 'admin', rewardPercentage: '10' });
      assert.equal(cycle.status, 'completed', 'one suspension does not hold up the cycle');
      // 10% of (100 + 60 for a day, 40 unbonding from the start earns nothing): 10 + 6 AVT.
      assert.equal(cycle.pool, 16n * AVT);
      assert.equal(cycle.withheld, 6n * AVT);
      assert.equal(cycle.distributed, 10n * AVT);
      assert.equal(cycle.distributed + cycle.withheld + cycle.remainder, cycle.pool);
      const payouts = await w.database.db.selectFrom('reward_payouts').select(['recipient_did', 'status']).where('cycle_id', '=', cycle.id).execute();
      assert.deepEqual(new Map(payouts.map((p) => [p.recipient_did, p.status])), new Map([[alice, 'paid'], [mallory, 'withheld']]));
      assert.equal(w.ledger.treasury, 10n ** 9n * AVT - 10n * AVT, 'the withheld reward stayed in the treasury');
      const [withheld] = await w.outbox('reward.withheld');
      assert.equal(withheld!.data.agent_did, mallory);
      assert.equal(withheld!.data.amount, '6.000000000000000000');
      // Reinstated, the agent is not paid the withheld reward afterwards: the cycle is closed.
      w.ledger.suspended.delete(mallory);
      w.clock.advance(1);
      const next = await w.staking.runCycle({ trigger: 'admin', rewardPercentage: '1' });
      assert.notEqual(next.cycle.id, cycle.id);
      assert.equal(w.ledger.moves.has(`payout:reward-${cycle.id}-${malloryStake.id}`), false);

      // Its unbonding: still its AVT, locked, until it may receive again.
      w.ledger.suspended.add(mallory);
      w.clock.advance(SETTINGS.unbondingSeconds * 1000);
      assert.equal(await w.staking.releaseDue(), 0);
      assert.equal(w.ledger.locked.get(mallory), 100n * AVT);
      w.ledger.suspended.delete(mallory);
      assert.equal(await w.staking.releaseDue(), 1);
      assert.equal(w.ledger.locked.get(mallory), 60n * AVT);
      // Liquid: the released 40 and what the cycle after its reinstatement paid it.
      const paidLater = w.ledger.movesOf('payout').filter(([, m]) => m.did === mallory).reduce((sum, [, m]) => sum + m.amount, 0n);
      assert.equal(w.ledger.liquid.get(mallory), 40n * AVT + paidLater);
    });

    it('finishes a stake whose lock answer was lost, once, and fails one the ledger refused', async () => {
      const w = await world();
      const agent = did();
      w.ledger.liquid.set(agent, 100n * AVT);
      w.ledger.fail = (kind) => (kind === 'lock' ? 'after' : undefined);
      await assert.rejects(w.staking.stake({ agentDid: agent, amount: '40' }), expectDomainError('service_unavailable'));
      const [pending] = await w.database.db.selectFrom('stakes').selectAll().execute();
      assert.equal(pending.status, 'pending');
      assert.deepEqual(await w.staking.stakesOf(agent, false), [], 'a pending stake is not shown');
      w.ledger.fail = () => undefined;
      assert.equal(await w.staking.resumePendingStakes(), 0, 'too young: its request may still be running');
      w.clock.advance(11_000);
      assert.equal(await w.staking.resumePendingStakes(), 1);
      assert.equal(await w.staking.resumePendingStakes(), 0);
      assert.equal(w.ledger.movesOf('lock').length, 1, 'locked once');
      assert.equal(w.ledger.locked.get(agent), 40n * AVT);
      assert.equal((await w.uow.read.stakes.get(pending.id))!.status, 'active');
      assert.equal((await w.outbox('stake.created')).length, 1);

      await assert.rejects(w.staking.stake({ agentDid: agent, amount: '61' }), expectDomainError('validation_error', 'INSUFFICIENT_FUNDS'));
      const statuses = (await w.database.db.selectFrom('stakes').select('status').orderBy('created_at').execute()).map((r) => r.status);
      assert.deepEqual(statuses.sort(), ['active', 'failed']);
      assert.equal((await w.staking.balance(agent)).staked, 40n * AVT);
    });

    it('takes a voting-power snapshot once, however many ask at once, and later stake does not change it', async () => {
      const w = await world();
      const [alice, bob, validator] = [did(), did(), did()];
      w.ledger.liquid.set(alice, 100n * AVT);
      w.ledger.liquid.set(bob, 100n * AVT);
      await w.staking.stake({ agentDid: alice, amount: '100' });
      // Locked for the maximum: the full 2.5× boost.
      const locked = await w.staking.stake({ agentDid: bob, amount: '40', lockDays: 365 });
      await w.staking.delegate({ delegatorDid: bob, validatorDid: validator, stakeId: locked.id, amount: '10', rewardSharePercentage: '0' });
      const taken = await Promise.all(Array.from({ length: 5 }, () => w.staking.snapshot('proposal-1')));
      assert.ok(taken.every((s) => s.totalPower === 100n * AVT + 100n * AVT));
      assert.equal((await w.database.db.selectFrom('snapshots').selectAll().execute()).length, 1);
      w.clock.advance(DAY);
      await w.staking.stake({ agentDid: bob, amount: '60' });
      const again = await w.staking.snapshot('proposal-1');
      assert.equal(again.totalPower, 200n * AVT, 'later stake does not count');
      assert.deepEqual(again.takenAt, T0);
      const of = async (agent: string) => (await w.staking.snapshotPower('proposal-1', agent)).entry;
      assert.deepEqual(await of(alice), { agentDid: alice, ownPower: 100n * AVT, delegatedPower: 0n, power: 100n * AVT });
      assert.deepEqual(await of(bob), { agentDid: bob, ownPower: 75n * AVT, delegatedPower: 0n, power: 75n * AVT });
      assert.deepEqual(await of(validator), { agentDid: validator, ownPower: 0n, delegatedPower: 25n * AVT, power: 25n * AVT });
      assert.equal((await of(did())).power, 0n);
      const rows = await w.database.db.selectFrom('snapshot_entries').selectAll().where('snapshot_id', '=', 'proposal-1').execute();
      assert.equal(rows.length, 3);
      await assert.rejects(w.staking.snapshotPower('proposal-missing', alice), expectDomainError('not_found'));
    });
  });
});
