/**
 * Webhook delivery lag: how long from an event's commit to a receiver holding the signed
 * delivery, at a steady event rate, against the real PostgreSQL, NATS and Redis.
 *
 *   node --import tsx scripts/bench/webhook-lag.ts [--rate=50] [--duration=20] [--warmup=2] [--layout=all|split]
 *
 * The bench plays a producing service: it commits each event to an outbox of its own (schema
 * bench_source, in the stack's database) and lets an OutboxRelay publish it to the stack's stream,
 * exactly as identity or the ledger do. The registry's webhooks service consumes it, schedules the
 * delivery and POSTs it to a receiver on loopback in this process. Lag = receiver got it − commit.
 *
 * Baselines measured in the same run, over the same events or at the same rate:
 *   bus       commit → a plain durable JetStream consumer of the same stream (the relay + NATS part
 *             every consumer pays; what is left of the webhook lag is the webhooks service itself)
 *   http      a direct POST of a delivery-sized body to the same receiver (one HTTP round trip)
 * Every option can also come from the environment as BENCH_<NAME> (BENCH_RATE=100).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { openDatabase, migrateToLatest, sql, type Database } from '../../packages/db/src/index.js';
import { appendToOutbox, connectNatsBus, eventsMigrations, OutboxRelay, type Bus } from '../../packages/events/src/index.js';
import { createTestDatabase, httpClient, startStack, uniqueSuffix, waitFor, TEST_NATS_URL, type RequestOptions, type Stack, type StackLayout, type TestDatabase } from '../../packages/testing/src/index.js';
import { startReceiver, type Receiver } from '../../services/webhooks/test/receiver.js';

interface Options {
  rate: number;
  duration: number;
  warmup: number;
  layout: StackLayout;
}

function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      console.log('usage: node --import tsx scripts/bench/webhook-lag.ts [--rate=50] [--duration=20] [--warmup=2] [--layout=all|split]');
      process.exit(0);
    }
    const m = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg}`);
    flags.set(m[1]!, m[2]!);
  }
  const get = (name: string) => flags.get(name) ?? process.env[`BENCH_${name.toUpperCase()}`];
  const num = (name: string, fallback: number, min: number) => {
    const raw = get(name);
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number >= ${min}, not ${raw}`);
    return value;
  };
  const layout = (get('layout') ?? 'all') as StackLayout;
  if (layout !== 'all' && layout !== 'split') throw new Error('--layout must be all or split');
  return { rate: num('rate', 50, 0.1), duration: num('duration', 20, 1), warmup: num('warmup', 2, 0), layout };
}

/** Wall-clock milliseconds with sub-millisecond resolution (one clock for every timestamp here). */
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

const fmt = (ms: number) => (Number.isNaN(ms) ? '   n/a' : `${ms.toFixed(1).padStart(7)} ms`);
const line = (label: string, s: ReturnType<typeof summary>) => `  ${label.padEnd(44)} p50 ${fmt(s.p50)}  p95 ${fmt(s.p95)}  p99 ${fmt(s.p99)}  max ${fmt(s.max)}  (n=${s.n})`;

/** Fires `count` calls of `fire(i)` on a steady schedule, without waiting for one to finish before the next is due. */
async function steady(rate: number, count: number, fire: (i: number) => Promise<void>): Promise<{ elapsedMs: number; failures: number }> {
  const start = now();
  const inFlight: Promise<void>[] = [];
  let failures = 0;
  for (let i = 0; i < count; i += 1) {
    // Sleep only when ahead: a timer tick per event would cap the rate near what one tick allows.
    const due = start + (i * 1000) / rate;
    if (due > now()) await sleep(due - now());
    inFlight.push(fire(i).catch(() => void (failures += 1)));
  }
  await Promise.all(inFlight);
  return { elapsedMs: now() - start, failures };
}

/** The setup calls: the testing package's HTTP client, failing loudly on any error status. */
async function api(baseUrl: string, method: string, path: string, options: RequestOptions = {}) {
  const res = await httpClient(baseUrl)(method, path, options);
  if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status}: ${res.text}`);
  return res.body;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const count = Math.round(options.rate * options.duration);
  const warmupCount = Math.round(options.rate * options.warmup);
  console.log(`webhook lag bench: ${count} events at ${options.rate}/s for ${options.duration} s (first ${options.warmup} s not counted), layout ${options.layout}`);

  let testDb: TestDatabase | undefined;
  let stack: Stack | undefined;
  let receiver: Receiver | undefined;
  let source: Database | undefined;
  let relay: OutboxRelay | undefined;
  let bus: Bus | undefined;
  try {
    testDb = await createTestDatabase('av_bench_webhooks');
    const receivedAt = new Map<string, number>();
    receiver = await startReceiver((req) => {
      const t = now();
      const envelope = JSON.parse(req.body);
      if (envelope.event === 'transaction.completed') receivedAt.set(envelope.data.transaction_id, t);
      return { status: 204 };
    });
    const t0 = now();
    stack = await startStack({ layout: options.layout, databaseUrl: testDb.url, env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', LOG_LEVEL: 'warn' } });
    console.log(`stack up in ${((now() - t0) / 1000).toFixed(1)} s`);

    // A developer, an agent, and a webhook on the receiver.
    const email = `bench-${uniqueSuffix()}@example.com`;
    await api(stack.baseUrl, 'POST', '/api/v1/auth/register-developer', { json: { email, password: 'Corr3ct-Horse!', name: 'Bench' } });
    const { access_token: token } = await api(stack.baseUrl, 'POST', '/api/v1/auth/login', { form: { username: email, password: 'Corr3ct-Horse!' } });
    await api(stack.baseUrl, 'POST', '/api/v1/developers/webhooks', { token, json: { url: `${receiver.url}/hook`, events: ['agent.created', 'transaction.completed'] } });
    const { bootstrap_token } = await api(stack.baseUrl, 'POST', '/api/v1/onboard/bootstrap/request-token', { token, json: {} });
    const { agent_did: agent } = await api(stack.baseUrl, 'POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bootstrap_token }, json: { agent_card: { name: 'Bench Bot' } } });
    // Its agent.created reaching the receiver means the webhooks service knows who owns the agent.
    await waitFor(() => receiver!.received.some((r) => JSON.parse(r.body).event === 'agent.created'), { timeoutMs: 30_000, what: 'agent.created' });

    // The producing side: an outbox in the stack's database, relayed to the stack's stream.
    source = await openDatabase({ url: testDb.url, schema: 'bench_source', poolSize: 8 });
    await migrateToLatest(source, eventsMigrations);
    bus = await connectNatsBus({ url: TEST_NATS_URL, stream: stack.env.NATS_STREAM, subjectPrefix: stack.env.NATS_SUBJECT_PREFIX, name: 'webhook-bench' });
    relay = new OutboxRelay({ database: source, bus });
    relay.start();

    // Baseline 1, on the same events: a plain durable consumer of the same stream.
    const busAt = new Map<string, number>();
    await bus.subscribe({
      durable: `bench-${uniqueSuffix()}`,
      filter: 'agentvault.bench.>',
      handler: async (event) => void busAt.set(String(event.data.transaction_id), now()),
      // Taken in batches, as the webhooks consumer takes them: one at a time, the baseline itself lags at 500/s.
      batchHandler: async (events) => {
        const t = now();
        for (const event of events) busAt.set(String(event.data.transaction_id), t);
      },
    });

    const committedAt = new Map<string, number>();
    const ids: string[] = [];
    const db = source.db;
    const run = await steady(options.rate, count, async (i) => {
      const transactionId = randomUUID();
      ids[i] = transactionId;
      await db.transaction().execute((trx) =>
        appendToOutbox(trx, 'bench', {
          type: 'transaction.completed',
          subject: agent,
          data: { transaction_id: transactionId, sender_agent_id: agent, receiver_agent_id: 'did:agentvault:bench-peer', amount: '1.000000000000000000', fee_amount: '0.000000000000000000', message: null },
        }),
      );
      committedAt.set(transactionId, now());
      relay!.notify();
    });
    const lastCommit = now();
    await waitFor(() => ids.every((id) => receivedAt.has(id) && busAt.has(id)), { timeoutMs: 60_000, intervalMs: 50, what: 'every delivery' }).catch((err) => {
      console.warn(`warning: ${(err as Error).message}: ${ids.filter((id) => !receivedAt.has(id)).length} deliveries missing`);
    });
    const drainMs = now() - lastCommit;

    const counted = ids.slice(warmupCount);
    const lag = counted.filter((id) => receivedAt.has(id)).map((id) => receivedAt.get(id)! - committedAt.get(id)!);
    const busLag = counted.filter((id) => busAt.has(id)).map((id) => busAt.get(id)! - committedAt.get(id)!);
    const receiveTimes = ids.map((id) => receivedAt.get(id)).filter((t): t is number => t !== undefined).sort((a, b) => a - b);
    const deliveredRate = receiveTimes.length > 1 ? ((receiveTimes.length - 1) * 1000) / (receiveTimes.at(-1)! - receiveTimes[0]!) : NaN;

    // Where the time goes, from the webhooks service's own timestamps (one clock: the database's
    // and this host's, which are the same machine here).
    const stages = await source.db
      .withSchema('webhooks')
      .selectFrom('deliveries')
      .select([
        sql<number>`extract(epoch from (created_at - event_occurred_at)) * 1000`.as('scheduled'),
        sql<number>`extract(epoch from (last_attempt_at - created_at)) * 1000`.as('picked'),
        sql<number>`extract(epoch from (delivered_at - last_attempt_at)) * 1000`.as('recorded'),
      ])
      .where('event_type', '=', 'transaction.completed')
      .where('status', '=', 'delivered')
      .execute();

    // Baseline 2, at the same rate: a direct POST of a delivery-sized body to the receiver.
    const sample = receiver.received.find((r) => r.path === '/hook' && JSON.parse(r.body).event === 'transaction.completed')!;
    const agentOptions = new http.Agent({ keepAlive: true });
    const target = new URL(`${receiver.url}/direct`);
    const httpCount = Math.min(count, Math.round(options.rate * 5));
    const rtt: number[] = [];
    await steady(options.rate, httpCount, async () => {
      const started = now();
      await new Promise<void>((resolve, reject) => {
        const req = http.request({ hostname: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent: agentOptions, headers: { ...sample.headers, host: target.host } }, (res) => {
          res.resume();
          res.on('end', () => resolve());
        });
        req.on('error', reject);
        req.end(sample.body);
      });
      rtt.push(now() - started);
    });
    agentOptions.destroy();

    const webhook = summary(lag);
    const viaBus = summary(busLag);
    const direct = summary(rtt.slice(Math.round(options.rate * Math.min(options.warmup, 1))));
    console.log('');
    console.log(`events committed: ${count} in ${(run.elapsedMs / 1000).toFixed(1)} s = ${((count * 1000) / run.elapsedMs).toFixed(1)}/s (target ${options.rate}/s), commit failures: ${run.failures}`);
    console.log(`deliveries received: ${receivedAt.size}/${count} at ${deliveredRate.toFixed(1)}/s; last one ${drainMs.toFixed(0)} ms after the last commit`);
    console.log('');
    console.log(line('webhook: commit → receiver got it', webhook));
    console.log(line('baseline bus: commit → JetStream consumer', viaBus));
    console.log(line('baseline http: direct POST round trip', direct));
    console.log('  stages inside the webhooks service (database timestamps):');
    console.log(line('  event → delivery scheduled (consumer)', summary(stages.map((r) => Number(r.scheduled)))));
    console.log(line('  scheduled → attempt started (worker)', summary(stages.map((r) => Number(r.picked)))));
    console.log(line('  attempt started → recorded delivered', summary(stages.map((r) => Number(r.recorded)))));
    console.log('');
    console.log(`  webhooks service's own share (webhook − bus), p50: ${(webhook.p50 - viaBus.p50).toFixed(1)} ms, p99: ${(webhook.p99 - viaBus.p99).toFixed(1)} ms`);
    console.log(`  ratio webhook / bus baseline: p50 ${(webhook.p50 / viaBus.p50).toFixed(2)}×, p99 ${(webhook.p99 / viaBus.p99).toFixed(2)}×`);
    console.log(`  ratio webhook / direct http:  p50 ${(webhook.p50 / direct.p50).toFixed(1)}×, p99 ${(webhook.p99 / direct.p99).toFixed(1)}×`);
  } finally {
    await relay?.stop().catch(() => {});
    await bus?.close().catch(() => {});
    await source?.close().catch(() => {});
    await stack?.stop().catch(() => {});
    await receiver?.close().catch(() => {});
    await testDb?.drop().catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
