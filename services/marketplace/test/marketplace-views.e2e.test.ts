import assert from 'node:assert/strict';
import { createClient } from '@agentvault/grpc';
import { ledgerContract, type LedgerClient } from '@agentvault/contracts/ledger';
import { CLOSED_PORT, createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, type TestAgent } from '../../ledger/test/helpers.js';
import { startProvider } from './provider.js';

const FEE = 0.001;
const PERIOD_MS = 2000;
const num = (v: string) => Number(v);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const ZERO = '0.000000000000000000';

describe('marketplace views over HTTP: reputation, recommendations, templates, scheduled settlements, provider and admin views', function () {
  this.timeout(240_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let seller: TestAgent;
  let otherSeller: TestAgent;
  let buyer: TestAgent;
  let stranger: TestAgent;
  let admin: string;
  let ledger: LedgerClient;
  /** The ledger's own account of the treasury, read over gRPC (no HTTP route shows it). */
  const treasury = async () => num((await ledger.call('GetBalance', { did: 'system:treasury' })).balance);
  const ids: Record<string, string> = {};

  before(async () => {
    db = await createTestDatabase('av_marketplace_views');
    provider = await startProvider();
    stack = await startStack({
      layout: 'split',
      databaseUrl: db.url,
      env: {
        MARKETPLACE_ALLOW_PRIVATE_ENDPOINTS: 'true',
        MARKETPLACE_PROXY_TIMEOUT_MS: '1500',
        MARKETPLACE_RECOVERY_INTERVAL_MS: '200',
        MARKETPLACE_COMMISSION_BPS: '1000',
        MARKETPLACE_SETTLEMENT_PERIOD_MS: String(PERIOD_MS),
        MARKETPLACE_SETTLEMENT_GRACE_MS: '200',
        // The worker is off until the last test turns it on: before, only the admin trigger settles.
        MARKETPLACE_SETTLEMENT_INTERVAL_MS: '0',
      },
    });
    a = actors(stack.baseUrl);
    ledger = createClient(ledgerContract, stack.addresses.ledger!, { deadlineMs: 10_000 });
    admin = await a.admin();
    [seller, otherSeller, buyer, stranger] = await Promise.all([a.agent(), a.agent(), a.agent(), a.agent()]);
    await a.fund(buyer.did, '100');
  });

  after(async () => {
    ledger?.close();
    if (stack) await stack.stop();
    await provider?.close();
    await db?.drop();
  });

  afterEach(async function () {
    if (!stack) return;
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
    if (this.currentTest?.state === 'failed') console.log(stack.logs().slice(-6000));
  });

  const list = (who: TestAgent, json: Record<string, unknown>) =>
    a.http('POST', '/api/v1/services', { token: who.token, json: { endpoint: `${provider.url}/v1`, ...json } });
  const call = (serviceId: string, path: string, token = buyer.token) => a.http('POST', `/api/v1/proxy/${serviceId}/${path}`, { token, json: { q: 1 } });
  const balance = async (agent: TestAgent) => num(await a.balance(agent.token));

  it('lists the service templates and lists a service from one, the provider’s values winning', async () => {
    const templates = await a.http('GET', '/api/v1/templates/services');
    assert.equal(templates.status, 200, templates.text);
    assert.deepEqual(templates.body.templates.map((t: any) => t.name), ['ai_api', 'data_pipeline', 'content_api']);
    const one = await a.http('GET', '/api/v1/templates/services/data_pipeline');
    assert.equal(one.status, 200, one.text);
    assert.equal(one.body.price_per_call, '0.100000000000000000');
    assert.equal(one.body.free_tier_calls, 50);
    assertProblem(await a.http('GET', '/api/v1/templates/services/nope'), 404);

    const fromTemplate = await a.http('POST', '/api/v1/services/from-template', {
      token: seller.token, json: { template: 'ai_api', name: 'Summarizer', endpoint: `${provider.url}/v1`, price_per_call: '0.5', free_tier_calls: 0 },
    });
    assert.equal(fromTemplate.status, 201, fromTemplate.text);
    assert.equal(fromTemplate.body.category, 'ai');
    assert.deepEqual(fromTemplate.body.tags, ['ai', 'api']);
    assert.equal(fromTemplate.body.description, 'A model or an agent behind a metered API');
    assert.deepEqual(fromTemplate.body.pricing, { price_per_call: '0.500000000000000000', currency: 'AVT', free_tier_calls: 0 });
    ids.summarizer = fromTemplate.body.id;

    const defaults = await a.http('POST', '/api/v1/services/from-template', { token: seller.developerToken, json: { template: 'content_api', agent_did: seller.did, name: 'Poems', endpoint: `${provider.url}/v1` } });
    assert.equal(defaults.status, 201, defaults.text);
    assert.deepEqual(defaults.body.pricing, { price_per_call: '0.020000000000000000', currency: 'AVT', free_tier_calls: 200 });
    assertProblem(await a.http('POST', '/api/v1/services/from-template', { token: seller.token, json: { template: 'nope', name: 'X', endpoint: `${provider.url}/v1` } }), 404);
    assertProblem(await a.http('POST', '/api/v1/services/from-template', { token: buyer.developerToken, json: { template: 'ai_api', agent_did: seller.did, name: 'X', endpoint: `${provider.url}/v1` } }), 403);
  });

  it('rates services only by buyers that used them, once each (rating again replaces); reputation, leaderboard and sort by rating', async () => {
    const translator = await list(otherSeller, { name: 'Translator', category: 'ai', price_per_call: '1' });
    const captions = await list(otherSeller, { name: 'Captions', category: 'vision', price_per_call: '1' });
    const unused = await list(otherSeller, { name: 'Classifier', category: 'ai', price_per_call: '0.2' });
    for (const r of [translator, captions, unused]) assert.equal(r.status, 201, r.text);
    ids.translator = translator.body.id;
    ids.captions = captions.body.id;
    ids.classifier = unused.body.id;

    for (let i = 0; i < 3; i++) assert.equal((await call(ids.summarizer!, 'analyze')).status, 200);
    assert.equal((await call(ids.summarizer!, 'boom')).status, 500);
    assert.equal((await call(ids.translator!, 'translate')).status, 200);

    assertProblem(await a.http('PUT', `/api/v1/services/${ids.summarizer}/rating`, { token: stranger.token, json: { rating: 5 } }), 403, /used the service/);
    assertProblem(await a.http('PUT', `/api/v1/services/${ids.summarizer}/rating`, { token: seller.token, json: { rating: 5 } }), 403);
    assertProblem(await a.http('PUT', `/api/v1/services/${ids.summarizer}/rating`, { token: buyer.token, json: { rating: 6 } }), 422);
    const first = await a.http('PUT', `/api/v1/services/${ids.summarizer}/rating`, { token: buyer.token, json: { rating: 5, comment: 'great' } });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.buyer_id, buyer.did);
    const changed = await a.http('PUT', `/api/v1/services/${ids.summarizer}/rating`, { token: buyer.developerToken, json: { rating: 4, comment: 'good', agent_did: buyer.did } });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.created_at, first.body.created_at);
    const lowRated = await a.http('PUT', `/api/v1/services/${ids.translator}/rating`, { token: buyer.token, json: { rating: 2 } });
    assert.equal(lowRated.status, 200, lowRated.text);

    const ratings = await a.http('GET', `/api/v1/services/${ids.summarizer}/ratings`);
    assert.equal(ratings.status, 200, ratings.text);
    assert.equal(ratings.body.total, 1, 'one rating per buyer');
    assert.deepEqual([ratings.body.items[0].rating, ratings.body.items[0].comment], [4, 'good']);

    const rep = await a.http('GET', `/api/v1/services/${ids.summarizer}/reputation`);
    assert.equal(rep.status, 200, rep.text);
    assert.equal(rep.body.period, 'all-time');
    assert.equal(rep.body.call_count, 4);
    assert.equal(rep.body.success_count, 3);
    assert.equal(rep.body.success_rate, 75);
    assert.deepEqual(rep.body.rating, { average: 4, count: 1 });
    assert.equal(rep.body.reliability_score, 7.5);
    assert.equal(rep.body.rating_score, 7.5);
    assert.ok(rep.body.latency_score > 9 && rep.body.latency_score <= 10, String(rep.body.latency_score));
    assert.ok(rep.body.overall_score > 7.5 && rep.body.overall_score < 10);
    const unrated = await a.http('GET', `/api/v1/services/${ids.classifier}/reputation?days=7`);
    assert.equal(unrated.body.period, '7d');
    assert.deepEqual([unrated.body.call_count, unrated.body.overall_score, unrated.body.rating], [0, 0, { average: null, count: 0 }]);

    const board = await a.http('GET', '/api/v1/reputation/leaderboard');
    assert.equal(board.status, 200, board.text);
    assert.deepEqual(board.body.leaderboard.map((e: any) => e.service.name), ['Summarizer', 'Translator'], 'only services with calls, the best first');
    assert.equal(board.body.leaderboard[0].rank, 1);
    assert.equal(board.body.leaderboard[0].service.endpoint, undefined);
    assert.equal((await a.http('GET', '/api/v1/reputation/leaderboard?min_calls=2')).body.count, 1);
    assert.equal((await a.http('GET', '/api/v1/reputation/leaderboard?category=vision')).body.count, 0);

    const byRating = await a.http('GET', '/api/v1/discover?category=ai&sort_by=rating');
    assert.equal(byRating.status, 200, byRating.text);
    assert.deepEqual(byRating.body.items.map((s: any) => s.name), ['Summarizer', 'Translator', 'Classifier'], 'rated first, the best first; unrated last');
  });

  it('recommends, to the agent or its developer, unused services in the categories it uses', async () => {
    const recs = await a.http('GET', `/api/v1/discover/recommendations/${encodeURIComponent(buyer.did)}`, { token: buyer.token });
    assert.equal(recs.status, 200, recs.text);
    assert.deepEqual(recs.body.recommendations.map((s: any) => s.name), ['Classifier'], 'ai is its category; vision it never used; used services left out');
    assert.deepEqual(recs.body.recommendations[0].reason, { category: 'ai', category_calls: 5 });
    const byDeveloper = await a.http('GET', `/api/v1/discover/recommendations/${encodeURIComponent(buyer.did)}?limit=1`, { token: buyer.developerToken });
    assert.equal(byDeveloper.body.count, 1);
    assertProblem(await a.http('GET', `/api/v1/discover/recommendations/${encodeURIComponent(buyer.did)}`, { token: stranger.token }), 403);
    assertProblem(await a.http('GET', `/api/v1/discover/recommendations/${encodeURIComponent(buyer.did)}`, { token: seller.developerToken }), 403);
    assertProblem(await a.http('GET', `/api/v1/discover/recommendations/${encodeURIComponent(buyer.did)}`), 401);
    const none = await a.http('GET', `/api/v1/discover/recommendations/${encodeURIComponent(stranger.did)}`, { token: stranger.token });
    assert.deepEqual(none.body, { recommendations: [], count: 0 });
  });

  it("gives the provider its dashboard and tests its endpoints; nobody else's", async () => {
    const dash = await a.http('GET', '/api/v1/provider/dashboard', { token: seller.token });
    assert.equal(dash.status, 200, dash.text);
    assert.equal(dash.body.provider_id, seller.did);
    assert.equal(dash.body.total_services, 2);
    assert.equal(dash.body.total_calls, 4);
    assert.equal(dash.body.paid_calls, 3);
    assert.equal(dash.body.failed_calls, 1);
    assert.equal(dash.body.unique_buyers, 1);
    assert.equal(dash.body.total_revenue, '1.500000000000000000');
    assert.equal(dash.body.commission, '0.150000000000000000');
    assert.equal(dash.body.total_settled, ZERO);
    assert.equal(dash.body.pending_settlement, '1.350000000000000000');
    assert.deepEqual(dash.body.rating, { average: 4, count: 1 });
    const byDeveloper = await a.http('GET', `/api/v1/provider/dashboard?agent_did=${encodeURIComponent(seller.did)}`, { token: seller.developerToken });
    assert.equal(byDeveloper.body.total_calls, 4);
    assertProblem(await a.http('GET', `/api/v1/provider/dashboard?agent_did=${encodeURIComponent(seller.did)}`, { token: buyer.developerToken }), 403);

    const mine = await a.http('GET', '/api/v1/provider/services', { token: seller.token });
    assert.equal(mine.status, 200, mine.text);
    const summarizer = mine.body.items.find((s: any) => s.id === ids.summarizer);
    assert.equal(summarizer.stats.total_calls, 4);
    assert.equal(summarizer.stats.total_revenue, '1.500000000000000000');
    assert.ok(summarizer.stats.avg_latency_ms > 0);
    assert.deepEqual(summarizer.stats.rating, { average: 4, count: 1 });
    assert.ok(summarizer.stats.last_called);
    assert.deepEqual(mine.body.items.find((s: any) => s.name === 'Poems').stats, { total_calls: 0, total_revenue: ZERO, avg_latency_ms: 0, rating: { average: null, count: 0 }, last_called: null });

    const analytics = await a.http('GET', `/api/v1/provider/services/${ids.summarizer}/analytics?days=7`, { token: seller.token });
    assert.equal(analytics.status, 200, analytics.text);
    assert.deepEqual([analytics.body.service_name, analytics.body.calls, analytics.body.unique_buyers, analytics.body.success_rate, analytics.body.error_rate], ['Summarizer', 4, 1, 75, 0.25]);
    assert.ok(analytics.body.avg_latency_ms > 0 && analytics.body.first_call <= analytics.body.last_call);

    const seen = provider.seen.length;
    const ok = await a.http('POST', `/api/v1/provider/services/${ids.summarizer}/test`, { token: seller.token });
    assert.equal(ok.status, 200, ok.text);
    assert.deepEqual([ok.body.reachable, ok.body.status_code, ok.body.error], [true, 200, '']);
    assert.equal(ok.body.endpoint, `${provider.url}/v1`);
    assert.equal(provider.seen.length, seen + 1);
    assert.equal(provider.seen.at(-1)!.method, 'GET');
    const down = await list(seller, { name: 'Down', endpoint: `http://127.0.0.1:${CLOSED_PORT}/x`, price_per_call: '1' });
    const dead = await a.http('POST', `/api/v1/provider/services/${down.body.id}/test`, { token: seller.developerToken });
    assert.equal(dead.status, 200, dead.text);
    assert.equal(dead.body.reachable, false);
    assert.equal(dead.body.status_code, 0);
    assert.ok(dead.body.error.length > 0);
    assertProblem(await a.http('POST', `/api/v1/provider/services/${ids.summarizer}/test`, { token: buyer.token }), 403);
    assert.equal((await a.http('GET', '/api/v1/usage/me', { token: buyer.token })).body.total_calls, 5, 'testing charges and records nothing');
  });

  it('shows the admin daily usage, provider ranking, services health, payments, trends, top services, buyers and commission; nobody else', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const get = async (path: string) => {
      const r = await a.http('GET', path, { token: admin });
      assert.equal(r.status, 200, `${path}: ${r.text}`);
      assertProblem(await a.http('GET', path, { token: seller.developerToken }), 403);
      return r.body;
    };
    const daily = await get('/api/v1/admin/usage/daily?days=7');
    assert.deepEqual(daily.data, [{ date: today, call_count: 5, paid_calls: 4, revenue: '2.500000000000000000', unique_buyers: 1, unique_services: 2 }]);

    const ranking = await get('/api/v1/admin/providers/ranking');
    assert.equal(ranking.period, 'all-time');
    assert.deepEqual(ranking.providers.map((p: any) => [p.provider_id, p.total_calls, p.total_revenue, p.success_rate]), [
      [seller.did, 4, '1.500000000000000000', 75],
      [otherSeller.did, 1, '1.000000000000000000', 100],
    ]);
    assert.equal((await get('/api/v1/admin/providers/ranking?period=30&limit=1')).providers.length, 1);
    assertProblem(await a.http('GET', '/api/v1/admin/providers/ranking?period=forever', { token: admin }), 422);

    const health = await get('/api/v1/admin/services/health');
    const summarizer = health.services.find((s: any) => s.service_id === ids.summarizer);
    assert.deepEqual([summarizer.calls, summarizer.error_rate, summarizer.health], [4, 25, 'degraded']);
    assert.ok(summarizer.last_called);
    assert.equal(health.services.find((s: any) => s.service_id === ids.classifier).health, 'idle');

    const payments = await get('/api/v1/admin/payments/summary');
    assert.deepEqual(payments.methods.ledger_hold, { count: 4, total: '2.500000000000000000' });
    assert.deepEqual(payments.failed, { count: 1, total: ZERO });
    assert.deepEqual(payments.pending, { count: 4, total: '2.500000000000000000' });
    assert.equal(payments.commission, '0.250000000000000000');
    assert.equal(payments.commission_settled, ZERO);

    for (const granularity of ['daily', 'weekly', 'monthly']) {
      const trends = await get(`/api/v1/admin/analytics/trends?granularity=${granularity}&periods=2`);
      assert.equal(trends.data.length, 1);
      assert.deepEqual([trends.data[0].calls, trends.data[0].revenue, trends.data[0].active_services, trends.data[0].success_rate], [5, '2.500000000000000000', 2, 80]);
    }
    assert.match((await get('/api/v1/admin/analytics/trends')).data[0].period, /^\d{4}-W\d{2}$/);

    const top = await get('/api/v1/admin/analytics/top-services?sort_by=calls');
    assert.deepEqual(top.services.map((s: any) => [s.service_name, s.total_calls]), [['Summarizer', 4], ['Translator', 1]]);
    const topRevenue = await get('/api/v1/admin/analytics/top-services?limit=1');
    assert.equal(topRevenue.services[0].service_name, 'Summarizer');

    const buyers = await get('/api/v1/admin/analytics/buyers');
    assert.deepEqual(
      [buyers.total_buyers_all_time, buyers.active_buyers, buyers.new_buyers, buyers.repeat_buyers, buyers.repeat_rate, buyers.avg_calls_per_buyer],
      [1, 1, 1, 1, 100, 5],
    );
    assert.deepEqual(buyers.top_spenders, [{ buyer_id: buyer.did, calls: 5, total_spent: '2.500000000000000000', services_used: 2 }]);

    const commission = await get(`/api/v1/admin/providers/${encodeURIComponent(seller.did)}/commission`);
    assert.deepEqual(commission, {
      provider_id: seller.did, current_rate: '0.10', commission_bps: 1000, paid_calls: 3, gross: '1.500000000000000000', commission: '0.150000000000000000',
      commission_settled: ZERO, commission_pending: '0.150000000000000000', first_listed_at: commission.first_listed_at,
    });
  });

  it('settles each provider and closed period once from the admin trigger, however often and concurrently it is asked', async () => {
    const sellerBefore = await balance(seller);
    const otherBefore = await balance(otherSeller);
    const treasuryBefore = await treasury();
    // The calls so far are in periods that closed once the current one ends (plus the grace): wall-clock time, nothing to poll.
    await new Promise((resolve) => setTimeout(resolve, PERIOD_MS - (Date.now() % PERIOD_MS) + 300));
    const runs = await Promise.all(Array.from({ length: 3 }, () => a.http('POST', '/api/v1/admin/settlements/run', { token: admin })));
    for (const r of runs) assert.equal(r.status, 200, r.text);
    assertProblem(await a.http('POST', '/api/v1/admin/settlements/run', { token: seller.developerToken }), 403);

    const all = await a.http('GET', '/api/v1/settlements?limit=100', { token: admin });
    assert.equal(all.status, 200, all.text);
    const periods = all.body.items.map((s: any) => `${s.provider_id} ${s.period_start}`);
    assert.equal(new Set(periods).size, periods.length, 'one settlement per provider and period');
    for (const s of all.body.items) {
      assert.equal(s.status, 'completed');
      assert.equal(new Date(s.period_end).getTime() - new Date(s.period_start).getTime(), PERIOD_MS);
      assert.equal(new Date(s.period_start).getTime() % PERIOD_MS, 0, 'periods are aligned');
    }
    const net = (did: string) => all.body.items.filter((s: any) => s.provider_id === did).reduce((n: number, s: any) => n + num(s.net_amount), 0);
    assert.ok(near(net(seller.did), 1.35), String(net(seller.did)));
    assert.ok(near(net(otherSeller.did), 0.9));
    assert.ok(near(await balance(seller), sellerBefore + 1.35), 'the net paid once');
    assert.ok(near(await balance(otherSeller), otherBefore + 0.9));
    assert.ok(near(await treasury(), treasuryBefore + 0.25), `the commission to the treasury in the same movement: ${(await treasury()) - treasuryBefore}`);

    const again = await a.http('POST', '/api/v1/admin/settlements/run', { token: admin });
    assert.deepEqual(again.body.settlements, [], 'nothing left to settle');
    assert.equal(again.body.period_ms, PERIOD_MS);
    assert.ok(near(await balance(seller), sellerBefore + 1.35));

    const earnings = await a.http('GET', '/api/v1/provider/earnings', { token: seller.token });
    assert.deepEqual([earnings.body.settled, earnings.body.pending], ['1.350000000000000000', ZERO]);
    assert.ok(earnings.body.settlements.length >= 1);
    assert.ok(near(earnings.body.settlements.reduce((n: number, s: any) => n + num(s.net_amount), 0), 1.35), 'the settlement history');
    const payments = await a.http('GET', '/api/v1/admin/payments/summary', { token: admin });
    assert.deepEqual(payments.body.settled, { count: 4, total: '2.500000000000000000' });
    assert.equal(payments.body.commission_settled, '0.250000000000000000', 'the commission went to the treasury');
    const commission = await a.http('GET', `/api/v1/admin/providers/${encodeURIComponent(seller.did)}/commission`, { token: admin });
    assert.deepEqual([commission.body.commission_settled, commission.body.commission_pending], ['0.150000000000000000', ZERO]);
  });

  it('settles on schedule: the worker pays closed periods by itself, once, also across a restart', async () => {
    await stack.restart('marketplace', { env: { MARKETPLACE_SETTLEMENT_INTERVAL_MS: '150' } });
    const sellerBefore = await balance(seller);
    const buyerBefore = await balance(buyer);
    const treasuryBefore = await treasury();
    for (let i = 0; i < 4; i++) assert.equal((await call(ids.summarizer!, 'analyze')).status, 200);
    assert.ok(near(await balance(buyer), buyerBefore - 4 * (0.5 + FEE)));

    await waitFor(async () => near(await balance(seller), sellerBefore + 4 * 0.45), { timeoutMs: 20_000, what: 'the scheduled settlement paid the provider' });
    assert.ok(near(await treasury(), treasuryBefore + 4 * 0.05), 'the commission to the treasury');
    const mine = await a.http('GET', '/api/v1/settlements?limit=100', { token: seller.token });
    assert.ok(mine.body.items.every((s: any) => s.status === 'completed'));
    assert.equal(mine.body.items.reduce((n: number, s: any) => n + s.call_count, 0), 7);
    // The worker keeps running: nothing is paid a second time.
    await stack.restart('marketplace', { env: { MARKETPLACE_SETTLEMENT_INTERVAL_MS: '150' } });
    const run = await a.http('POST', '/api/v1/admin/settlements/run', { token: admin });
    assert.equal(run.status, 200, run.text);
    assert.ok(near(await balance(seller), sellerBefore + 4 * 0.45));
    const dash = await a.http('GET', '/api/v1/provider/dashboard', { token: seller.token });
    assert.deepEqual([dash.body.total_settled, dash.body.pending_settlement], ['3.150000000000000000', ZERO]);
  });
});
