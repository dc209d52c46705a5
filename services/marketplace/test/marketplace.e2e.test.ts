import assert from 'node:assert/strict';
import { CLOSED_PORT, createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, type TestAgent } from '../../ledger/test/helpers.js';
import { startProvider } from './provider.js';

const FEE = 0.001;
const PRICE = '0.5';
const num = (v: string) => Number(v);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe('marketplace over HTTP (split layout)', function () {
  this.timeout(240_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let seller: TestAgent;
  let buyer: TestAgent;
  let paidService: string;

  before(async () => {
    db = await createTestDatabase('av_marketplace');
    provider = await startProvider();
    stack = await startStack({
      layout: 'split',
      databaseUrl: db.url,
      env: {
        MARKETPLACE_ALLOW_PRIVATE_ENDPOINTS: 'true',
        MARKETPLACE_PROXY_TIMEOUT_MS: '1500',
        MARKETPLACE_RECOVERY_INTERVAL_MS: '200',
        MARKETPLACE_STALE_CALL_MS: '3000',
        MARKETPLACE_COMMISSION_BPS: '1000',
        // Settled by hand here (the scheduled worker has its own test): a run across midnight UTC stays the same.
        MARKETPLACE_SETTLEMENT_INTERVAL_MS: '0',
      },
    });
    a = actors(stack.baseUrl);
    [seller, buyer] = await Promise.all([a.agent(), a.agent()]);
    await a.fund(buyer.did, '100');
  });

  after(async () => {
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

  const list = (who: TestAgent | string, json: Record<string, unknown>) =>
    a.http('POST', '/api/v1/services', { token: typeof who === 'string' ? who : who.token, json: { price_per_call: PRICE, endpoint: `${provider.url}/v1`, ...json } });
  const call = (serviceId: string, path: string, options: { method?: string; token?: string; json?: unknown; headers?: Record<string, string> } = {}) =>
    a.http(options.method ?? 'POST', `/api/v1/proxy/${serviceId}/${path}`, { token: options.token ?? buyer.token, json: options.json, headers: options.headers });
  const balance = async (agent: TestAgent) => num(await a.balance(agent.token));

  it('lists, reads, changes and removes services; only the owner may change them', async () => {
    const created = await list(seller, { name: 'Sentiment Analysis', description: 'Scores the sentiment of a text', category: 'AI', tags: ['nlp', 'Sentiment'], free_tier_calls: 2 });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.provider_id, seller.did);
    assert.equal(created.body.endpoint, `${provider.url}/v1`);
    assert.deepEqual(created.body.pricing, { price_per_call: '0.500000000000000000', currency: 'AVT', free_tier_calls: 2 });
    assert.equal(created.body.category, 'ai');
    assert.deepEqual(created.body.tags, ['nlp', 'sentiment']);
    paidService = created.body.id;

    const read = await a.http('GET', `/api/v1/services/${paidService}`);
    assert.equal(read.status, 200, read.text);
    assert.equal(read.body.endpoint, undefined, 'the endpoint is for its owner only');

    // A developer lists for one of its own agents, never for another developer's.
    const byDeveloper = await list(seller.developerToken, { agent_did: seller.did, name: 'Translation', category: 'language', tags: ['nlp'], price_per_call: '2' });
    assert.equal(byDeveloper.status, 201, byDeveloper.text);
    assertProblem(await list(buyer.developerToken, { agent_did: seller.did, name: 'Stolen' }), 403);
    assertProblem(await list(seller, { name: 'Bad', endpoint: 'ftp://example.com/x' }), 422, /http or https/);
    assertProblem(await list(seller, { name: 'Bad', price_per_call: '-1' }), 422);

    const renamed = await a.http('PATCH', `/api/v1/services/${byDeveloper.body.id}`, { token: seller.token, json: { description: 'Any language to any other', price_per_call: '1.5' } });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.pricing.price_per_call, '1.500000000000000000');
    assertProblem(await a.http('PATCH', `/api/v1/services/${byDeveloper.body.id}`, { token: buyer.token, json: { name: 'Mine now' } }), 403);
    assertProblem(await a.http('DELETE', `/api/v1/services/${byDeveloper.body.id}`, { token: buyer.developerToken }), 403);

    const removed = await a.http('DELETE', `/api/v1/services/${byDeveloper.body.id}`, { token: seller.developerToken });
    assert.equal(removed.status, 200, removed.text);
    assert.deepEqual(removed.body, { id: byDeveloper.body.id, status: 'removed' });
    assert.equal((await a.http('GET', `/api/v1/services/${byDeveloper.body.id}`)).body.status, 'removed');
    assertProblem(await call(byDeveloper.body.id, 'translate'), 404);
    assertProblem(await a.http('GET', '/api/v1/services/00000000-0000-4000-8000-000000000000'), 404);
  });

  it('discovers by text, category, tags, price range and free tier, sorted; categories with counts', async () => {
    const more = await Promise.all([
      list(seller, { name: 'Image Captioning', description: 'Describes pictures', category: 'vision', tags: ['images'], price_per_call: '3' }),
      list(seller, { name: 'Zebra Detector', description: 'Finds zebras in pictures', category: 'vision', tags: ['images', 'animals'], price_per_call: '0.1' }),
    ]);
    for (const r of more) assert.equal(r.status, 201, r.text);

    const text = await a.http('GET', '/api/v1/discover?q=pictures');
    assert.equal(text.status, 200, text.text);
    assert.deepEqual(text.body.items.map((s: any) => s.name).sort(), ['Image Captioning', 'Zebra Detector']);
    assert.equal(text.body.total, 2);
    assert.equal(text.body.limit, 50);
    assert.equal(text.body.offset, 0);

    const byPrice = await a.http('GET', '/api/v1/discover?category=vision&sort_by=price');
    assert.deepEqual(byPrice.body.items.map((s: any) => s.name), ['Zebra Detector', 'Image Captioning']);
    const byName = await a.http('GET', '/api/v1/discover?sort_by=name');
    assert.deepEqual(byName.body.items.map((s: any) => s.name), ['Image Captioning', 'Sentiment Analysis', 'Zebra Detector']);
    const tagged = await a.http('GET', '/api/v1/discover?tags=images,animals');
    assert.deepEqual(tagged.body.items.map((s: any) => s.name), ['Zebra Detector']);
    const range = await a.http('GET', '/api/v1/discover?min_price=0.2&max_price=1');
    assert.deepEqual(range.body.items.map((s: any) => s.name), ['Sentiment Analysis']);
    const free = await a.http('GET', '/api/v1/discover?has_free_tier=true');
    assert.deepEqual(free.body.items.map((s: any) => s.id), [paidService]);
    const paged = await a.http('GET', '/api/v1/discover?limit=1&offset=1&sort_by=name');
    assert.equal(paged.body.total, 3);
    assert.deepEqual(paged.body.items.map((s: any) => s.name), ['Sentiment Analysis']);
    assertProblem(await a.http('GET', '/api/v1/discover?min_price=2&max_price=1'), 422);

    const categories = await a.http('GET', '/api/v1/discover/categories');
    assert.equal(categories.status, 200, categories.text);
    assert.deepEqual(categories.body.items, [{ category: 'vision', count: 2 }, { category: 'ai', count: 1 }]);

    // A paused service is neither discovered nor callable; active again, it is both.
    const paused = await a.http('PATCH', `/api/v1/services/${more[0].body.id}`, { token: seller.token, json: { status: 'paused' } });
    assert.equal(paused.body.status, 'paused');
    assert.equal((await a.http('GET', '/api/v1/discover?category=vision')).body.total, 1);
    assertProblem(await call(more[0].body.id, 'caption'), 409, /paused/);
    assert.equal((await a.http('GET', '/api/v1/services?status=paused')).body.total, 1);
  });

  it('proxies calls: the free tier first, then the price held once per call; billing headers; usage', async () => {
    const before = await balance(buyer);
    for (let i = 0; i < 2; i++) {
      const free = await call(paidService, 'analyze?lang=en', { json: { text: 'I love it' } });
      assert.equal(free.status, 200, free.text);
      assert.equal(free.headers.get('x-agentvault-free-tier'), 'true');
      assert.equal(free.headers.get('x-agentvault-amount'), '0.000000000000000000');
      assert.match(free.headers.get('x-agentvault-usage-id') ?? '', /^[0-9a-f-]{36}$/);
      assert.match(free.headers.get('x-agentvault-latency-ms') ?? '', /^\d+$/);
      assert.equal(free.headers.get('x-provider'), 'yes');
      assert.equal(free.body.method, 'POST');
      assert.equal(free.body.url, '/v1/analyze?lang=en');
      assert.deepEqual(JSON.parse(free.body.body), { text: 'I love it' });
      assert.equal(free.body.buyer, buyer.did);
      assert.equal(free.body.authorization, null, "the buyer's credentials never reach the provider");
    }
    assert.ok(near(await balance(buyer), before), 'free calls cost nothing');

    const paid = await call(paidService, 'analyze', { method: 'GET' });
    assert.equal(paid.status, 200, paid.text);
    assert.equal(paid.headers.get('x-agentvault-free-tier'), 'false');
    assert.equal(paid.headers.get('x-agentvault-amount'), '0.500000000000000000');
    assert.ok(near(await balance(buyer), before - 0.5 - FEE), 'the price and the transfer fee are held');

    // Concurrent calls: each is charged exactly once.
    const burst = await Promise.all(Array.from({ length: 8 }, () => call(paidService, 'analyze', { json: { n: 1 } })));
    for (const r of burst) assert.equal(r.status, 200, r.text);
    assert.equal(new Set(burst.map((r) => r.headers.get('x-agentvault-usage-id'))).size, 8);
    assert.ok(near(await balance(buyer), before - 9 * (0.5 + FEE)));

    // A developer pays with one of its agents (X-Agent-DID), never with another developer's.
    const byDeveloper = await call(paidService, 'analyze', { token: buyer.developerToken, headers: { 'X-Agent-DID': buyer.did } });
    assert.equal(byDeveloper.status, 200, byDeveloper.text);
    assertProblem(await call(paidService, 'analyze', { token: seller.developerToken, headers: { 'X-Agent-DID': buyer.did } }), 403);
    assertProblem(await call(paidService, 'analyze', { token: seller.token }), 422, /own service/);
    assertProblem(await call(paidService, '..%2F..%2Fadmin'), 422, /dot segments/);

    const usage = await a.http('GET', '/api/v1/usage/me', { token: buyer.token });
    assert.equal(usage.status, 200, usage.text);
    assert.equal(usage.body.buyer_id, buyer.did);
    assert.equal(usage.body.total_calls, 12);
    assert.equal(usage.body.free_calls, 2);
    assert.equal(usage.body.paid_calls, 10);
    assert.equal(usage.body.total_spent, '5.000000000000000000');
    const calls = await a.http('GET', '/api/v1/usage/me/calls?limit=3', { token: buyer.token });
    assert.equal(calls.body.total, 12);
    assert.equal(calls.body.items[0].status, 'completed');
    assert.equal(calls.body.items[0].response_status, 200);
  });

  it('answers 502 for an unreachable provider and 504 for a slow one, charging nothing; a 5xx answer is passed on uncharged', async () => {
    const down = await list(seller, { name: 'Down', endpoint: `http://127.0.0.1:${CLOSED_PORT}/api` });
    assert.equal(down.status, 201, down.text);
    const before = await balance(buyer);

    const unreachable = await call(down.body.id, 'x');
    assertProblem(unreachable, 502, /could not be reached.*nothing was charged/);
    assert.equal(unreachable.body.error.code, 'PROVIDER_UNREACHABLE');
    const slow = await call(paidService, 'slow');
    assertProblem(slow, 504, /did not answer within 1500 ms/);
    const boom = await call(paidService, 'boom');
    assert.equal(boom.status, 500);
    assert.deepEqual(boom.body, { error: 'provider broke' });
    assert.equal(boom.headers.get('x-agentvault-amount'), '0.000000000000000000');

    await waitFor(async () => near(await balance(buyer), before), { what: 'the holds of the failed calls given back' });
    const usage = await a.http('GET', '/api/v1/usage/me', { token: buyer.token });
    assert.equal(usage.body.failed_calls, 3);
    assert.equal(usage.body.total_spent, '5.000000000000000000');
  });

  it('a SIGKILL of the marketplace mid-call charges nothing for that call and loses no earlier charge', async () => {
    const before = await balance(buyer);
    const charged = await a.http('GET', '/api/v1/usage/me', { token: buyer.token });
    const hung = provider.nextHang();
    const inFlight = call(paidService, 'hang');
    await hung;
    assert.ok(near(await balance(buyer), before - 0.5 - FEE), 'the call holds its price while in flight');
    await stack.restart('marketplace', { signal: 'SIGKILL' });
    provider.release();
    const answer = await inFlight;
    assert.ok(answer.status >= 500, `the buyer got no answer: ${answer.status}`);

    // The restarted service finds the interrupted call, fails it and gives its hold back.
    await waitFor(async () => near(await balance(buyer), before), { timeoutMs: 30_000, what: 'the interrupted call’s hold given back' });
    const calls = await a.http('GET', '/api/v1/usage/me/calls?limit=1', { token: buyer.token });
    assert.equal(calls.body.items[0].status, 'failed');
    assert.match(calls.body.items[0].error, /interrupted/);
    const after = await a.http('GET', '/api/v1/usage/me', { token: buyer.token });
    assert.equal(after.body.total_spent, charged.body.total_spent, 'earlier charges stand');

    const again = await call(paidService, 'analyze');
    assert.equal(again.status, 200, again.text);
    assert.ok(near(await balance(buyer), before - 0.5 - FEE));
  });

  it("shows the provider its services and one's analytics; nobody else", async () => {
    const mine = await a.http('GET', '/api/v1/provider/services?limit=100', { token: seller.token });
    assert.equal(mine.status, 200, mine.text);
    assert.ok(mine.body.items.some((s: any) => s.status === 'removed'), 'every status');
    assert.ok(mine.body.items.every((s: any) => typeof s.endpoint === 'string'));
    const byDeveloper = await a.http('GET', `/api/v1/provider/services?agent_did=${encodeURIComponent(seller.did)}`, { token: seller.developerToken });
    assert.equal(byDeveloper.body.total, mine.body.total);
    assertProblem(await a.http('GET', `/api/v1/provider/services?agent_did=${encodeURIComponent(seller.did)}`, { token: buyer.developerToken }), 403);

    const analytics = await a.http('GET', `/api/v1/provider/services/${paidService}/analytics?days=7`, { token: seller.token });
    assert.equal(analytics.status, 200, analytics.text);
    // 2 free + 11 paid completed, 2 failed (slow, boom), 1 interrupted by the SIGKILL.
    assert.equal(analytics.body.calls, 16);
    assert.equal(analytics.body.paid_calls, 11);
    assert.equal(analytics.body.free_calls, 2);
    assert.equal(analytics.body.errors, 3);
    assert.equal(analytics.body.error_rate, 0.1875);
    assert.equal(analytics.body.revenue, '5.500000000000000000');
    assert.ok(analytics.body.latency_p50_ms > 0 && analytics.body.latency_p50_ms <= analytics.body.latency_p99_ms);
    assert.equal(analytics.body.by_day.reduce((n: number, d: any) => n + d.calls, 0), 16);
    assertProblem(await a.http('GET', `/api/v1/provider/services/${paidService}/analytics`, { token: buyer.token }), 403);

    const trending = await a.http('GET', '/api/v1/discover/trending?hours=1');
    assert.equal(trending.status, 200, trending.text);
    assert.equal(trending.body.items[0].service.id, paidService);
    assert.equal(trending.body.items[0].call_count, 16);
    assert.ok(trending.body.items[0].avg_latency_ms > 0);
    assert.equal(trending.body.items[0].service.endpoint, undefined);
  });

  it('settles a provider once: net to the provider, the commission to the treasury, exactly once', async () => {
    const admin = await a.admin();
    const sellerBefore = await balance(seller);
    const periodEnd = new Date().toISOString();
    const create = () => a.http('POST', '/api/v1/settlements', { token: admin, json: { provider_id: seller.did, period_start: '2020-01-01T00:00:00Z', period_end: periodEnd } });
    const created = await create();
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.status, 'pending');
    assert.equal(created.body.call_count, 11);
    assert.equal(created.body.total_amount, '5.500000000000000000');
    assert.equal(created.body.platform_fee, '0.550000000000000000');
    assert.equal(created.body.net_amount, '4.950000000000000000');
    assert.equal((await create()).body.id, created.body.id, 'the same provider and period are one settlement');
    assertProblem(await a.http('POST', '/api/v1/settlements', { token: seller.developerToken, json: { provider_id: seller.did, period_start: '2020-01-01T00:00:00Z', period_end: periodEnd } }), 403);
    assertProblem(await a.http('POST', '/api/v1/settlements', { token: admin, json: { provider_id: seller.did, period_start: '2020-01-01T00:00:00Z', period_end: '2999-01-01T00:00:00Z' } }), 422, /past/);

    const earningsBefore = await a.http('GET', '/api/v1/provider/earnings', { token: seller.token });
    assert.equal(earningsBefore.status, 200, earningsBefore.text);
    assert.equal(earningsBefore.body.pending, '4.950000000000000000');
    assert.equal(earningsBefore.body.settled, '0.000000000000000000');

    const pays = await Promise.all(Array.from({ length: 3 }, () => a.http('PATCH', `/api/v1/settlements/${created.body.id}/pay`, { token: admin })));
    for (const p of pays) assert.ok(p.status === 200 || p.status === 409, p.text);
    const paid = await a.http('PATCH', `/api/v1/settlements/${created.body.id}/pay`, { token: admin });
    assert.equal(paid.status, 200, paid.text);
    assert.equal(paid.body.status, 'completed');
    assert.equal(paid.body.transaction_ids.length, 11);
    assert.equal(paid.body.payment_tx, paid.body.transaction_ids[0]);
    assert.ok(near(await balance(seller), sellerBefore + 4.95), 'the provider got the net once');

    const mine = await a.http('GET', '/api/v1/settlements', { token: seller.token });
    assert.equal(mine.body.total, 1);
    assert.equal(mine.body.items[0].status, 'completed');
    assertProblem(await a.http('GET', `/api/v1/settlements?provider_id=${encodeURIComponent(seller.did)}`, { token: buyer.token }), 403);
    const earnings = await a.http('GET', '/api/v1/provider/earnings', { token: seller.token });
    assert.equal(earnings.body.settled, '4.950000000000000000');
    assert.equal(earnings.body.pending, '0.000000000000000000');
    assert.equal(earnings.body.commission, '0.550000000000000000');

    const stats = await a.http('GET', '/api/v1/admin/marketplace/stats', { token: admin });
    assert.equal(stats.status, 200, stats.text);
    assert.equal(stats.body.paid_calls, 11);
    assert.equal(stats.body.gross, '5.500000000000000000');
    assert.equal(stats.body.commission, '0.550000000000000000');
    assert.equal(stats.body.settled, '4.950000000000000000');
    assert.deepEqual(stats.body.providers, [{ provider_id: seller.did, paid_calls: 11, gross: '5.500000000000000000', commission: '0.550000000000000000' }]);
    assertProblem(await a.http('GET', '/api/v1/admin/marketplace/stats', { token: seller.developerToken }), 403);
  });
});
