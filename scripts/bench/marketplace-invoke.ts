/**
 * Invocation's cost: tasks per second and latency of a webhook agent called directly, invoked
 * through the registry for a free capability (task record, signed delivery, the end recorded),
 * and for a paid one (plus a ledger hold placed before and posted after), in the same run. It
 * then checks that the caller paid exactly tasks × (price + fee), that the agent got tasks ×
 * (price − commission), and that the ledger audit agrees.
 *
 *   node --import tsx scripts/bench/marketplace-invoke.ts [--duration=5] [--concurrency=8] [--layout=all|split]
 *
 * Needs the local PostgreSQL, NATS and Redis (as the test suite does). Never run by the test suite.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { driveClosedLoop, type Figures } from './closed-loop.js';
import { createTestDatabase, startStack, waitFor, type StackLayout } from '../../packages/testing/src/index.js';
import { actors } from '../../services/ledger/test/helpers.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env.BENCH_DURATION ?? '5' },
    concurrency: { type: 'string', default: process.env.BENCH_CONCURRENCY ?? '8' },
    layout: { type: 'string', default: process.env.BENCH_LAYOUT ?? 'all' },
  },
});
const DURATION_MS = Number(values.duration) * 1000;
const CONCURRENCY = Number(values.concurrency);
const PRICE = 0.001;
const COMMISSION_BPS = 1000;

/** Closed-loop workers calling `once` for the duration; latencies in ms. */
const drive = (once: () => Promise<boolean>) => driveClosedLoop(once, { durationMs: DURATION_MS, concurrency: CONCURRENCY });

async function main() {
  const agentServer = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"output":{"score":0.93}}'));
  });
  await new Promise<void>((resolve) => agentServer.listen(0, '127.0.0.1', resolve));
  const agentUrl = `http://127.0.0.1:${(agentServer.address() as AddressInfo).port}/tasks`;

  const db = await createTestDatabase('av_bench_invoke');
  const stack = await startStack({
    layout: values.layout as StackLayout,
    databaseUrl: db.url,
    env: {
      MARKETPLACE_ALLOW_PRIVATE_ENDPOINTS: 'true', MARKETPLACE_COMMISSION_BPS: String(COMMISSION_BPS), LOG_LEVEL: 'warn',
      RATE_LIMIT_AGENT: '100000000', RATE_LIMIT_GLOBAL: '100000000',
    },
  });
  let ok = true;
  try {
    const a = actors(stack.baseUrl);
    const [target, caller] = await Promise.all([a.agent(), a.agent()]);
    await a.fund(caller.did, '100000');
    const config = await a.http('PUT', `/api/v1/agents/${encodeURIComponent(target.did)}/invocation`, {
      token: target.token, json: { enabled: true, delivery_mode: 'webhook', webhook_url: agentUrl, capabilities: [{ name: 'free', price: '0' }, { name: 'paid', price: String(PRICE) }] },
    });
    if (config.status !== 200) throw new Error(`configuration failed: ${config.status} ${config.text}`);
    const body = (capability: string) => JSON.stringify({ target_did: target.did, capability, input: { text: 'benchmark me' } });
    const post = async (url: string, payload: string, headers: Record<string, string>) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });
      await res.arrayBuffer();
      return res.status === 200;
    };
    const auth = { authorization: `Bearer ${caller.token}` };
    const [callerBefore, targetBefore] = [Number(await a.balance(caller.token)), Number(await a.balance(target.token))];

    const direct = await drive(() => post(agentUrl, body('free'), {}));
    const free = await drive(() => post(`${stack.baseUrl}/api/v1/invoke`, body('free'), auth));
    const paid = await drive(() => post(`${stack.baseUrl}/api/v1/invoke`, body('paid'), auth));

    const fee = Number((await a.http('GET', '/api/v1/teg/fees/config')).body.transfer_fee_amount);
    const spent = callerBefore - Number(await a.balance(caller.token));
    const expectedSpent = paid.calls * (PRICE + fee);
    const expectedEarned = paid.calls * PRICE * (1 - COMMISSION_BPS / 10_000);
    // Posts that the ledger could not take at once are finished by the recovery worker.
    const earned = await waitFor(async () => {
      const e = Number(await a.balance(target.token)) - targetBefore;
      return Math.abs(e - expectedEarned) < 1e-6 ? e : null;
    }, { timeoutMs: 30_000, what: 'every completed task posted' }).catch(() => Number.NaN);
    const audit = await a.audit();
    const row = (name: string, f: Figures) =>
      `${name.padEnd(24)} ${f.perSecond.toFixed(0).padStart(7)} tasks/s   p50 ${f.p50.toFixed(1).padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms   (${f.calls} ok, ${f.failures} failed)`;
    console.log(`\n${values.layout} layout, ${CONCURRENCY} workers, ${DURATION_MS / 1000} s each`);
    console.log(row('webhook agent directly', direct));
    console.log(row('invoke, free capability', free));
    console.log(row('invoke, paid (hold+post)', paid));
    console.log(`paid / direct: ${(paid.perSecond / direct.perSecond).toFixed(3)}; paid / free invoke: ${(paid.perSecond / free.perSecond).toFixed(3)}`);
    console.log(`caller paid ${spent.toFixed(6)} AVT for ${paid.calls} paid tasks (expected ${expectedSpent.toFixed(6)}); agent earned ${earned.toFixed(6)} (expected ${expectedEarned.toFixed(6)}); audit consistent: ${audit.consistent}`);
    if (Math.abs(spent - expectedSpent) > 1e-6 || Number.isNaN(earned) || !audit.consistent || paid.failures > 0 || free.failures > 0) ok = false;
  } finally {
    await stack.stop();
    await db.drop();
    agentServer.close();
  }
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
