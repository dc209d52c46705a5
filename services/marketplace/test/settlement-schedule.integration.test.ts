import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openDatabase, migrateToLatest, typed, type Database } from '@agentvault/db';
import { parseAmount } from '@agentvault/ledger/amount';
import { createTestDatabase, type TestDatabase } from '@agentvault/testing';
import { marketplaceMigrations, MARKETPLACE_SCHEMA } from '../migrations/index.js';
import { SettlementService } from '../src/domain/settlements.js';
import { SettlementScheduler } from '../src/domain/settlement-schedule.js';
import type { AgentDirectory, LedgerPort, MarketplaceUnitOfWork } from '../src/domain/ports.js';
import { createUnitOfWork } from '../src/store/marketplace-store.js';
import { createViewsStore } from '../src/store/views-store.js';
import type { MarketplaceDatabase } from '../src/store/schema.js';

const AVT = (v: string) => parseAmount(v, 'amount', { allowZero: true });
const HOUR = 3_600_000;

/** Posting a hold twice answers its first transaction, as the ledger does; `posted` counts real moves. */
function fakeLedger() {
  const posted = new Map<string, string>();
  let moves = 0;
  const ledger: LedgerPort = {
    async placeHold() {
      return { holdId: `hold_${randomUUID()}` };
    },
    async postHold({ holdId }) {
      // Each post takes a moment, so that racing passes overlap.
      await new Promise((resolve) => setImmediate(resolve));
      if (!posted.has(holdId)) {
        posted.set(holdId, `tx_${holdId}`);
        moves++;
      }
      return { transactionId: posted.get(holdId)! };
    },
    async voidHold() {},
  };
  return { ledger, posted, moves: () => moves };
}

const agents: AgentDirectory = { get: async (did) => ({ did, developerId: 'dev_1', active: true }) };

describe('scheduled settlements (real PostgreSQL, fake ledger)', function () {
  this.timeout(60_000);
  let testDb: TestDatabase;
  let database: Database<MarketplaceDatabase>;
  let uow: MarketplaceUnitOfWork;
  let clock = new Date('2026-06-01T00:00:00Z');
  const now = () => clock;
  const providers = ['did:agentvault:p1', 'did:agentvault:p2'];

  before(async () => {
    testDb = await createTestDatabase('av_marketplace_schedule');
    database = typed<MarketplaceDatabase>(await openDatabase({ url: testDb.url, schema: MARKETPLACE_SCHEMA }));
    await migrateToLatest(database, marketplaceMigrations);
    uow = createUnitOfWork(database);
  });

  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  /** A charged call of `provider` that finished at `at`, its hold kept for the settlement. */
  async function chargedCall(provider: string, at: Date) {
    const id = randomUUID();
    await uow.read.usage.insert({
      id, serviceId: `svc-${provider}`, buyerDid: 'did:agentvault:buyer', providerDid: provider, status: 'in_flight', freeTier: false, amount: AVT('2'),
      commission: AVT('0.2'), method: 'POST', path: '/', responseStatus: null, latencyMs: null, error: null, holdId: null, holdState: 'placing',
      settlementId: null, createdAt: at, finishedAt: null,
    });
    await uow.read.usage.setHold(id, `hold_${id}`);
    await uow.read.usage.finish(id, { status: 'completed', amount: AVT('2'), commission: AVT('0.2'), responseStatus: 200, latencyMs: 5, error: null, holdState: 'held', at });
    return id;
  }

  it('settles each provider and closed period once, whatever the number of passes racing, and pays each hold once', async () => {
    const fake = fakeLedger();
    const schedule = { periodMs: HOUR, graceMs: 60_000 };
    // Two replicas of the service, each with its own scheduler, on one database.
    const replicas = [0, 1].map(() => new SettlementScheduler(new SettlementService(uow, fake.ledger, agents, now), createViewsStore(database.db), schedule, now));

    // Period 00:00-01:00: 3 calls of p1, 2 of p2; period 01:00-02:00: 1 of p1; the open period: 1 of p2.
    for (const m of [5, 20, 59]) await chargedCall(providers[0]!, new Date(clock.getTime() + m * 60_000));
    for (const m of [10, 30]) await chargedCall(providers[1]!, new Date(clock.getTime() + m * 60_000));
    await chargedCall(providers[0]!, new Date(clock.getTime() + 70 * 60_000));
    const open = await chargedCall(providers[1]!, new Date(clock.getTime() + 125 * 60_000));

    // 02:00:30: the second period has ended, but not its grace.
    clock = new Date(clock.getTime() + 2 * HOUR + 30_000);
    const first = await Promise.all([replicas[0]!.run(), replicas[1]!.run(), replicas[0]!.run()]);
    const settled = new Map(first.flat().map((s) => [s.id, s]));
    assert.deepEqual([...settled.values()].map((s) => [s.providerDid, s.periodStart.toISOString(), s.callCount, s.netAmount]).sort(), [
      [providers[0], '2026-06-01T00:00:00.000Z', 3, AVT('5.4')],
      [providers[1], '2026-06-01T00:00:00.000Z', 2, AVT('3.6')],
    ]);
    for (const s of settled.values()) assert.equal(s.status, 'completed');
    assert.equal(fake.moves(), 5, 'each hold posted once');

    // After the grace the second period is settled; the open one waits.
    clock = new Date(clock.getTime() + 60_000);
    const second = await Promise.all(replicas.map((r) => r.run()));
    assert.deepEqual(second.flat().map((s) => [s.providerDid, s.periodStart.toISOString(), s.callCount]).filter((v, i, all) => all.findIndex((w) => w[0] === v[0] && w[1] === v[1]) === i), [
      [providers[0], '2026-06-01T01:00:00.000Z', 1],
    ]);
    assert.equal(fake.moves(), 6);
    assert.equal((await uow.read.usage.get(open))!.settlementId, null, 'a call of the open period is not settled');
    assert.deepEqual(await replicas[0]!.run(), [], 'nothing left');
    assert.equal(fake.moves(), 6);

    const all = await uow.read.settlements.list({ limit: 100, offset: 0 });
    assert.equal(all.total, 3, 'one settlement per provider and period');
  });

  it('loses no call recorded after its period was settled: the next closed period takes it', async () => {
    const fake = fakeLedger();
    const scheduler = new SettlementScheduler(new SettlementService(uow, fake.ledger, agents, now), createViewsStore(database.db), { periodMs: HOUR, graceMs: 0 }, now);
    const provider = 'did:agentvault:p4';
    const periodStart = Math.floor(clock.getTime() / HOUR) * HOUR;
    await chargedCall(provider, new Date(periodStart + 10 * 60_000));
    clock = new Date(periodStart + HOUR + 60_000);
    const mine = async () => (await scheduler.run()).filter((s) => s.providerDid === provider);
    const first = await mine();
    assert.deepEqual(first.map((s) => s.callCount), [1]);
    const moved = fake.moves();
    // A call of that period committed only now (a stalled transaction, longer than the grace).
    const late = await chargedCall(provider, new Date(periodStart + 50 * 60_000));
    assert.deepEqual((await mine()).map((s) => s.id), [first[0]!.id], 'the period is settled already; no later period has closed yet');
    assert.equal((await uow.read.usage.get(late))!.settlementId, null);
    clock = new Date(clock.getTime() + HOUR);
    const next = (await mine()).filter((s) => s.id !== first[0]!.id);
    assert.deepEqual(next.map((s) => [s.periodStart.getTime(), s.callCount, s.netAmount, s.status]), [[periodStart + HOUR, 1, AVT('1.8'), 'completed']]);
    assert.equal((await uow.read.usage.get(late))!.settlementId, next[0]!.id);
    assert.equal(fake.moves(), moved + 1, 'the late call paid, once');
    assert.ok(fake.posted.has((await uow.read.usage.get(late))!.holdId!));
    assert.deepEqual(await mine(), []);
  });

  it('pays a settlement left pending (created, then a crash before paying) on the next pass', async () => {
    const fake = fakeLedger();
    const settlements = new SettlementService(uow, fake.ledger, agents, now);
    const scheduler = new SettlementScheduler(settlements, createViewsStore(database.db), { periodMs: HOUR, graceMs: 0 }, now);
    const provider = 'did:agentvault:p3';
    await chargedCall(provider, new Date(clock.getTime() - 30 * 60_000));
    const created = await settlements.create({ providerDid: provider, periodStart: '2026-01-01T00:00:00Z', periodEnd: clock.toISOString() });
    assert.equal(created.status, 'pending');
    const paid = await scheduler.run();
    assert.deepEqual(paid.map((s) => [s.id, s.status]), [[created.id, 'completed']]);
    assert.equal(fake.moves(), 1);
  });
});
