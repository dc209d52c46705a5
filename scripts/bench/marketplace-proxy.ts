/**
 * The paying proxy's cost: calls per second and latency of the same provider called directly,
 * through the proxy for a price of 0 (no ledger: listing lookup, usage record, forward), and
 * through the proxy for a price (plus a ledger hold per call), in the same run. It then checks
 * that the buyer paid exactly calls × (price + transfer fee) and that the ledger audit agrees.
 *
 *   node --import tsx scripts/bench/marketplace-proxy.ts [--duration=10] [--concurrency=16] [--layout=all|split]
 *
 * Needs the local PostgreSQL, NATS and Redis (as the test suite does). Never run by the test suite.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { driveClosedLoop, type Figures } from './closed-loop.js';
import { createTestDatabase, startStack, type StackLayout } from '../../packages/testing/src/index.js';
import { actors } from '../../services/ledger/test/helpers.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env.BENCH_DURATION ?? '10' },
    concurrency: { type: 'string', default: process.env.BENCH_CONCURRENCY ?? '16' },
    layout: { type: 'string', default: process.env.BENCH_LAYOUT ?? 'all' },
  },
});
const DURATION_MS = Number(values.duration) * 1000;
const CONCURRENCY = Number(values.concurrency);
const PRICE = '0.001';

/** Closed-loop workers calling `once` for the duration; latencies in ms. */
const drive = (once: () => Promise<boolean>) => driveClosedLoop(once, { durationMs: DURATION_MS, concurrency: CONCURRENCY });

async function main() {
  const provider = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"score":0.93}'));
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  const providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;

  const db = await createTestDatabase('av_bench_marketplace');
  const stack = await startStack({
    layout: values.layout as StackLayout,
    databaseUrl: db.url,
    env: { MARKETPLACE_ALLOW_PRIVATE_ENDPOINTS: 'true', LOG_LEVEL: 'warn', RATE_LIMIT_AGENT: '100000000', RATE_LIMIT_GLOBAL: '100000000' },
  });
  let ok = true;
  try {
    const a = actors(stack.baseUrl);
    const [seller, buyer] = await Promise.all([a.agent(), a.agent()]);
    await a.fund(buyer.did, '100000');
    const listing = async (price: string) => {
      const r = await a.http('POST', '/api/v1/services', { token: seller.token, json: { name: `bench ${price}`, endpoint: `${providerUrl}/v1`, price_per_call: price } });
      if (r.status !== 201) throw new Error(`listing failed: ${r.status} ${r.text}`);
      return r.body.id as string;
    };
    const [freeService, paidService] = [await listing('0'), await listing(PRICE)];
    const body = JSON.stringify({ text: 'benchmark me' });
    const post = async (url: string, headers: Record<string, string>) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      await res.arrayBuffer();
      return res.status === 200;
    };
    const auth = { authorization: `Bearer ${buyer.token}` };

    const before = Number(await a.balance(buyer.token));
    const direct = await drive(() => post(`${providerUrl}/v1/score`, {}));
    const unpaid = await drive(() => post(`${stack.baseUrl}/api/v1/proxy/${freeService}/score`, auth));
    const paid = await drive(() => post(`${stack.baseUrl}/api/v1/proxy/${paidService}/score`, auth));

    // What capturing each call's hold at once would have added to the request path: the same posts, timed.
    const settleStarted = performance.now();
    const settlement = await a.http('POST', '/api/v1/settlements', {
      token: await a.admin(), json: { provider_id: seller.did, period_start: '2020-01-01T00:00:00Z', period_end: new Date().toISOString() },
    });
    const payment = await a.http('PATCH', `/api/v1/settlements/${settlement.body.id}/pay`, { token: await a.admin() });
    const settleSeconds = (performance.now() - settleStarted) / 1000;
    if (payment.status !== 200 || payment.body.call_count !== paid.calls) throw new Error(`settlement failed: ${payment.status} ${payment.text.slice(0, 300)}`);

    const fee = Number((await a.http('GET', '/api/v1/teg/fees/config')).body.transfer_fee_amount);
    const spent = before - Number(await a.balance(buyer.token));
    const expected = paid.calls * (Number(PRICE) + fee);
    const audit = await a.audit();
    const row = (name: string, f: Figures) =>
      `${name.padEnd(22)} ${f.perSecond.toFixed(0).padStart(7)} calls/s   p50 ${f.p50.toFixed(1).padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms   (${f.calls} ok, ${f.failures} failed)`;
    console.log(`\n${values.layout} layout, ${CONCURRENCY} workers, ${DURATION_MS / 1000} s each`);
    console.log(row('provider directly', direct));
    console.log(row('proxy, price 0', unpaid));
    console.log(row('proxy, paid (hold)', paid));
    console.log(`paid proxy / direct: ${(paid.perSecond / direct.perSecond).toFixed(3)}; paid / unpaid proxy: ${(paid.perSecond / unpaid.perSecond).toFixed(3)}`);
    console.log(`settlement of ${paid.calls} calls (one hold post each, 4 at a time): ${settleSeconds.toFixed(2)} s, ${(paid.calls / settleSeconds).toFixed(0)} posts/s`);
    console.log(`buyer paid ${spent.toFixed(6)} AVT for ${paid.calls} paid calls (expected ${expected.toFixed(6)}); audit consistent: ${audit.consistent}`);
    if (Math.abs(spent - expected) > 1e-6 || !audit.consistent || paid.failures > 0) ok = false;
  } finally {
    await stack.stop();
    await db.drop();
    provider.close();
  }
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
