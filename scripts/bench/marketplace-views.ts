/**
 * How long the marketplace's read models take over a realistic volume of recorded calls: the
 * store on the local PostgreSQL, filled with `--calls` finished calls spread over `--services`
 * services, 90 days and a few hundred buyers, then each view timed (the median of 5 runs).
 *
 *   node --import tsx scripts/bench/marketplace-views.ts [--calls=200000] [--services=200]
 *
 * Needs the local PostgreSQL (as the test suite does). Never run by the test suite.
 */
import { parseArgs } from 'node:util';
import { openDatabase, migrateToLatest, sql, typed } from '../../packages/db/src/index.js';
import { createTestDatabase } from '../../packages/testing/src/index.js';
import { marketplaceMigrations, MARKETPLACE_SCHEMA } from '../../services/marketplace/migrations/index.js';
import { createViewsStore } from '../../services/marketplace/src/store/views-store.js';
import { createUnitOfWork } from '../../services/marketplace/src/store/marketplace-store.js';
import type { MarketplaceDatabase } from '../../services/marketplace/src/store/schema.js';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '200000' }, services: { type: 'string', default: '200' } } });
const CALLS = Number(values.calls);
const SERVICES = Number(values.services);
const DAY = 86_400_000;

const testDb = await createTestDatabase('av_bench_views');
const database = typed<MarketplaceDatabase>(await openDatabase({ url: testDb.url, schema: MARKETPLACE_SCHEMA }));
try {
  await migrateToLatest(database, marketplaceMigrations);
  const db = database.db;
  const started = performance.now();
  await sql`
    insert into ${sql.table('marketplace.listings')} (id, provider_did, name, description, endpoint, price_per_call, category, tags, free_tier_calls, status)
    select 'svc-' || i, 'did:p:' || (i % 40), 'Service ' || i, 'bench', 'https://p.example.com', 0.5, 'cat' || (i % 12), '{}', 0, 'active'
    from generate_series(1, ${SERVICES}) i`.execute(db);
  await sql`
    insert into ${sql.table('marketplace.usage')} (id, service_id, buyer_did, provider_did, status, free_tier, amount, commission, method, path, response_status, latency_ms, hold_id, hold_state, created_at, finished_at)
    select 'u-' || i, 'svc-' || (1 + i % ${SERVICES}), 'did:b:' || (i % 300), 'did:p:' || ((1 + i % ${SERVICES}) % 40),
      case when i % 20 = 0 then 'failed' else 'completed' end, false, case when i % 20 = 0 then 0 else 0.5 end, case when i % 20 = 0 then 0 else 0.05 end,
      'POST', '/', 200, 20 + (i % 300), 'hold-' || i, case when i % 20 = 0 then 'voided' else 'held' end,
      now() - (i % 90) * interval '1 day' - (i % 86400) * interval '1 second', now() - (i % 90) * interval '1 day' - (i % 86400) * interval '1 second'
    from generate_series(1, ${CALLS}) i`.execute(db);
  await sql`analyze`.execute(db);
  console.log(`filled ${CALLS} calls over ${SERVICES} services in ${Math.round(performance.now() - started)} ms`);

  const views = createViewsStore(db);
  const uow = createUnitOfWork(database);
  const since = (days: number) => new Date(Date.now() - days * DAY);
  const cases: [string, () => Promise<unknown>][] = [
    ['service reputation (all time)', () => views.serviceStats('svc-7', null)],
    ['leaderboard (every active service)', () => views.activeServiceStats({ minCalls: 1 })],
    ['recommendations', () => views.recommend('did:b:7', 5)],
    ['discover sorted by rating', () => uow.read.listings.discover({ sortBy: 'rating', limit: 50, offset: 0 })],
    ['provider dashboard', () => views.providerDashboard('did:p:7')],
    ['provider services stats', () => views.providerServiceStats('did:p:7')],
    ['admin daily usage (30 d)', () => views.daily(since(30))],
    ['admin provider ranking (all time)', () => views.providerRanking(null, 20)],
    ['admin services health (7 d)', () => views.servicesHealth(since(7))],
    ['admin payment summary', () => views.paymentSummary()],
    ['admin weekly trends (12)', () => views.trends('weekly', since(84))],
    ['admin top services (30 d)', () => views.topServices(since(30), 'revenue', 10)],
    ['admin buyer metrics (30 d)', () => views.buyerMetrics(since(30), 10)],
    ['admin provider commission', () => views.providerCommission('did:p:7')],
    ['unsettled periods (daily)', () => views.unsettledPeriods(DAY, new Date(), 100)],
  ];
  for (const [name, run] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((x, y) => x - y);
    console.log(`${name.padEnd(40)} ${times[2]!.toFixed(1).padStart(8)} ms`);
  }
} finally {
  await database.close();
  await testDb.drop();
}
