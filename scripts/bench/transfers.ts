/**
 * Transfer benchmark: drives POST /api/v1/teg/transfer through the gateway with many concurrent
 * agents against the real PostgreSQL, NATS and Redis, then runs pgbench's TPC-B on the same
 * PostgreSQL in the same run, and prints both figures and their ratio.
 *
 *   node --import tsx scripts/bench/transfers.ts [--agents=50] [--concurrency=32] [--duration=20]
 *        [--warmup=3] [--layout=all|split] [--scale=10] [--cpu-prof] [--keep-profile=DIR]
 *        [--read-baseline=SECONDS] [--stack-env=NAME=VALUE,...] [--skip-pgbench] [--batch=N]
 *        [--open-rate=PER_SECOND] [--open-duration=SECONDS]
 *
 * --batch=N sends N transfers per request through POST /api/v1/teg/transfers/batch instead
 * (transfers per second still counts transfers, not requests).
 *
 * --open-rate=R adds an open-loop phase after the closed-loop window: transfers are sent at R per
 * second on a fixed schedule, whether or not earlier ones have been answered, and each latency is
 * counted from the moment its request was due (so a stall shows up in every request it delays).
 *
 * Every option can also come from the environment as BENCH_<NAME> (BENCH_AGENTS=100, BENCH_CPU_PROF=1).
 * See scripts/bench/README.md for how to read the output.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Pool } from 'undici';
import {
  createTestDatabase,
  REPO_ROOT,
  startStack,
  TEST_ADMIN,
  waitFor,
  TEST_POSTGRES_URL,
  uniqueSuffix,
  type Stack,
  type StackLayout,
  type TestDatabase,
} from '../../packages/testing/src/index.js';

// `pg` is a dependency of @agentvault/testing, not of the workspace root: load it from there.
const pg: typeof import('pg') = createRequire(path.join(REPO_ROOT, 'packages/testing/package.json'))('pg');
const run = promisify(execFile);

// ── options ──────────────────────────────────────────────────────────────────

interface Options {
  agents: number;
  concurrency: number;
  duration: number;
  warmup: number;
  layout: StackLayout;
  scale: number;
  fund: number;
  cpuProf: boolean;
  /** Where to keep the raw .cpuprofile files (open them in Chrome DevTools); implies --cpu-prof. */
  keepProfile?: string;
  skipPgbench: boolean;
  /** Seconds of GET /api/v1/teg/balance after the transfers: the cost of the gateway path without the write. */
  readBaseline: number;
  /** Extra environment for the AgentVault processes, e.g. TRANSFER_FEE_AMOUNT=0 (--stack-env=K=V,K2=V2). */
  stackEnv: Record<string, string>;
  /** Transfers per request through the batch endpoint; 0 for one per request (POST /teg/transfer). */
  batch: number;
  /** Open loop: after the closed-loop window, transfers offered at this fixed rate (per second); 0 for none. */
  openRate: number;
  /** Seconds of the open-loop phase. */
  openDuration: number;
}

function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log('usage: node --import tsx scripts/bench/transfers.ts [--agents=50] [--concurrency=32] [--duration=20] [--warmup=3] [--layout=all|split] [--scale=10] [--cpu-prof] [--keep-profile=DIR] [--read-baseline=SECONDS] [--stack-env=NAME=VALUE,...] [--skip-pgbench] [--batch=N] [--open-rate=PER_SECOND] [--open-duration=SECONDS]');
      process.exit(0);
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg}`);
    const next = argv[i + 1];
    if (m[2] !== undefined) flags.set(m[1]!, m[2]);
    else if (next !== undefined && !next.startsWith('--')) flags.set(m[1]!, argv[++i]!);
    else flags.set(m[1]!, 'true');
  }
  const get = (name: string) => flags.get(name) ?? process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  const num = (name: string, fallback: number, min: number) => {
    const raw = get(name);
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number >= ${min}, not ${raw}`);
    return value;
  };
  const bool = (name: string) => ['1', 'true', 'yes'].includes((get(name) ?? '').toLowerCase());
  const layout = (get('layout') ?? 'all') as StackLayout;
  if (layout !== 'all' && layout !== 'split') throw new Error(`--layout must be all or split, not ${layout}`);
  const options: Options = {
    agents: Math.floor(num('agents', 50, 2)),
    concurrency: Math.floor(num('concurrency', 32, 1)),
    duration: num('duration', 20, 1),
    warmup: num('warmup', 3, 0),
    layout,
    scale: Math.floor(num('scale', 10, 1)),
    fund: Math.floor(num('fund', 100_000, 1)),
    cpuProf: bool('cpu-prof') || !!get('keep-profile'),
    keepProfile: get('keep-profile') || undefined,
    skipPgbench: bool('skip-pgbench'),
    readBaseline: num('read-baseline', 0, 0),
    batch: Math.floor(num('batch', 0, 0)),
    openRate: num('open-rate', 0, 0),
    openDuration: num('open-duration', 10, 1),
    stackEnv: Object.fromEntries(
      (get('stack-env') ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const eq = kv.indexOf('=');
          if (eq <= 0) throw new Error(`--stack-env takes NAME=VALUE pairs separated by commas, not ${kv}`);
          return [kv.slice(0, eq), kv.slice(eq + 1)];
        }),
    ),
  };
  for (const name of flags.keys()) {
    if (!['agents', 'concurrency', 'duration', 'warmup', 'layout', 'scale', 'fund', 'cpu-prof', 'keep-profile', 'skip-pgbench', 'read-baseline', 'stack-env', 'batch', 'open-rate', 'open-duration'].includes(name)) throw new Error(`unknown option --${name}`);
  }
  if (options.batch > 1000) throw new Error(`--batch must be at most 1000, not ${options.batch}`);
  return options;
}

// ── small helpers ────────────────────────────────────────────────────────────

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SCALE = 10n ** 18n;
function toUnits(decimal: string): bigint {
  const [w, f = ''] = decimal.split('.');
  return BigInt(w!) * SCALE + BigInt(f.padEnd(18, '0').slice(0, 18));
}
function fromUnits(units: bigint): string {
  const sign = units < 0n ? '-' : '';
  const abs = units < 0n ? -units : units;
  return `${sign}${abs / SCALE}.${(abs % SCALE).toString().padStart(18, '0')}`;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

interface Reply {
  status: number;
  body: any;
  text: string;
}

/** fetch (undici, keep-alive by default) with a deadline, the body read so the connection is reused. */
async function call(base: string, method: string, urlPath: string, options: { json?: unknown; form?: Record<string, string>; token?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(base + urlPath, { method, headers, body, signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text };
}

function expect(reply: Reply, status: number, what: string): any {
  if (reply.status !== status) throw new Error(`${what}: expected ${status}, got ${reply.status}: ${reply.text.slice(0, 500)}`);
  return reply.body;
}

/** Runs `fn` over `items` with at most `width` in flight. */
async function pool<T, R>(items: T[], width: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

// ── CPU accounting from /proc ────────────────────────────────────────────────

const CLK_TCK = 100; // USER_HZ on Linux; `getconf CLK_TCK`

/** Names the group a process's CPU is counted in, from its pid, comm and command line. */
type GroupOf = (pid: number, comm: string, cmdline: string) => string;

interface ProcSnapshot {
  at: number;
  machineBusy: number;
  machineTotal: number;
  /** /proc/stat's first line: user nice system idle iowait irq softirq steal */
  machine: number[];
  procs: Map<number, { group: string; ticks: number }>;
}

async function snapshotCpu(groupOf: GroupOf): Promise<ProcSnapshot> {
  const at = performance.now();
  const stat = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const machineTotal = stat.slice(0, 8).reduce((a, b) => a + b, 0);
  const machineBusy = machineTotal - stat[3]! - stat[4]!; // minus idle and iowait
  const procs = new Map<number, { group: string; ticks: number }>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const raw = await readFile(`/proc/${pid}/stat`, 'utf8');
      const close = raw.lastIndexOf(')');
      const comm = raw.slice(raw.indexOf('(') + 1, close);
      const fields = raw.slice(close + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, all threads
      const cmdline = comm.startsWith('postgres') ? (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replace(/\0/g, ' ') : '';
      procs.set(pid, { group: groupOf(pid, comm, cmdline), ticks });
    } catch {
      // gone meanwhile
    }
  }
  return { at, machineBusy, machineTotal, machine: stat.slice(0, 8), procs };
}

/** CPU used per group between two snapshots, in % of one core (the machine is 100% × cores). */
function cpuBetween(a: ProcSnapshot, b: ProcSnapshot) {
  const seconds = (b.at - a.at) / 1000;
  const groups = new Map<string, number>();
  for (const [pid, p] of b.procs) {
    const before = a.procs.get(pid)?.ticks ?? 0; // born during the window: all of it counts
    groups.set(p.group, (groups.get(p.group) ?? 0) + (p.ticks - before));
  }
  const pct = (ticks: number) => (ticks / CLK_TCK / seconds) * 100;
  const cores = os.cpus().length;
  const share = (i: number) => ((b.machine[i]! - a.machine[i]!) / (b.machineTotal - a.machineTotal)) * 100 * cores;
  return {
    seconds,
    machine: ((b.machineBusy - a.machineBusy) / (b.machineTotal - a.machineTotal)) * 100 * cores,
    machineSplit: `user ${fmt(share(0) + share(1))}%, system ${fmt(share(2))}%, irq+softirq ${fmt(share(5) + share(6))}%, steal ${fmt(share(7))}%, iowait ${fmt(share(4))}%`,
    groups: [...groups].map(([group, ticks]) => ({ group, pct: pct(ticks) })).filter((g) => g.pct >= 0.5).sort((x, y) => y.pct - x.pct),
  };
}

// ── PostgreSQL backend sampling (pg_stat_activity) ───────────────────────────

/** "update "ledger"."account_shards" set ..." → "update ledger.account_shards": which statement, on which table. */
function statementShape(query: string): string {
  const q = query.replace(/"/g, '').toLowerCase();
  const verb = /^(select|update|insert|delete|with)/.exec(q)?.[1] ?? q.slice(0, 20);
  const table = /(?:from|into|update)\s+([a-z_]+(?:\.[a-z_]+)?)/.exec(q)?.[1] ?? '?';
  return `${verb} ${table}${/for update/.test(q) ? ' … for update' : ''}`;
}

class ActivitySampler {
  private readonly counts = new Map<string, number>();
  private readonly maxConnections = new Map<string, number>();
  private readonly lockWaits = new Map<string, number>();
  private samples = 0;
  private running = false;
  private loop?: Promise<void>;
  private client?: InstanceType<typeof pg.Client>;

  constructor(private readonly database: string, private readonly intervalMs = 50) {}

  async start(): Promise<void> {
    this.client = new pg.Client({ connectionString: TEST_POSTGRES_URL, application_name: 'agentvault-bench-sampler' });
    await this.client.connect();
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const { rows } = await this.client!.query(
          `select coalesce(application_name, '') as app, state, wait_event_type, wait_event, left(regexp_replace(query, '\\s+', ' ', 'g'), 200) as query
             from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'`,
          [this.database],
        );
        this.samples++;
        const perApp = new Map<string, number>();
        for (const r of rows) {
          const key = r.state === 'active' ? `active: ${r.wait_event_type ? `${r.wait_event_type}:${r.wait_event}` : 'on CPU (or runnable)'}` : `${r.state}${r.wait_event ? ` (${r.wait_event})` : ''}`;
          this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
          if (r.state === 'active' && r.wait_event_type === 'Lock') {
            const stmt = statementShape(r.query);
            this.lockWaits.set(stmt, (this.lockWaits.get(stmt) ?? 0) + 1);
          }
          perApp.set(r.app, (perApp.get(r.app) ?? 0) + 1);
        }
        for (const [app, n] of perApp) this.maxConnections.set(app, Math.max(this.maxConnections.get(app) ?? 0, n));
        await sleep(this.intervalMs);
      }
    })();
  }

  async stop() {
    this.running = false;
    await this.loop?.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
    const total = this.samples;
    return {
      samples: total,
      /** Average number of backends in each state at a sampling instant. */
      states: [...this.counts].map(([state, n]) => ({ state, avg: n / Math.max(1, total) })).sort((a, b) => b.avg - a.avg),
      lockWaits: [...this.lockWaits].map(([statement, n]) => ({ statement, avg: n / Math.max(1, total) })).sort((a, b) => b.avg - a.avg),
      connections: [...this.maxConnections].map(([app, n]) => ({ app: app || '(none)', max: n })).sort((a, b) => b.max - a.max),
    };
  }
}

/** The database's cumulative counters (pg_stat_database), to turn into work per transfer. */
async function databaseStats(database: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, blks_hit, blks_read
         from pg_stat_database where datname = $1`,
      [database],
    );
    return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
  } finally {
    await client.end();
  }
}

// ── the CPU profile of the stack (--cpu-prof) ────────────────────────────────

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

function groupOfFrame(frame: CpuProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node:' + url.slice(5).replace(/^internal\//, '').split('/')[0];
  const m = /\/(packages|services)\/([^/]+)\//.exec(url);
  if (m) return `${m[1]}/${m[2]}`;
  return url;
}

/** Self time by package and by function (of the samples inside [fromUs, toUs], in the profile's clock). */
function summarizeProfile(profile: CpuProfile, fromUs: number, toUs: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const isInternal = (g: string) => g.startsWith('node:') || g === '(native)';
  /** The package that made node do this: node internals and native calls count for their nearest caller in a package. */
  const owner = (id: number): string => {
    for (let x: number | undefined = id; x !== undefined; x = parentOf.get(x)) {
      const g = groupOfFrame(byId.get(x)!.callFrame);
      if (g === '(root)') break;
      if (!isInternal(g)) return g;
    }
    return isInternal(groupOfFrame(byId.get(id)!.callFrame)) ? 'node internals (event loop, sockets, timers)' : groupOfFrame(byId.get(id)!.callFrame);
  };
  const ownerTime = new Map<string, number>();
  const groupTime = new Map<string, number>();
  const fnTime = new Map<string, number>();
  let t = profile.startTime;
  let inWindow = 0;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    total += dt;
    if (t < fromUs || t > toUs) continue;
    inWindow += dt;
    const node = byId.get(profile.samples[i]!)!;
    const group = groupOfFrame(node.callFrame);
    groupTime.set(group, (groupTime.get(group) ?? 0) + dt);
    const own = owner(node.id);
    ownerTime.set(own, (ownerTime.get(own) ?? 0) + dt);
    const f = node.callFrame;
    const fn = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(/^file:\/\//, '').replace(REPO_ROOT + '/', '').replace(/.*\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '')}:${f.lineNumber + 1}` : ''}`.trim();
    fnTime.set(fn, (fnTime.get(fn) ?? 0) + dt);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, pct: (us / Math.max(1, inWindow)) * 100 }));
  return { windowMs: inWindow / 1000, totalMs: total / 1000, groups: top(groupTime, 14), owners: top(ownerTime, 14), functions: top(fnTime, 14) };
}

// ── pgbench ──────────────────────────────────────────────────────────────────

function pgArgs(): { args: string[]; env: NodeJS.ProcessEnv } {
  const url = new URL(TEST_POSTGRES_URL);
  const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
  return { args, env: { ...process.env, ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}) } };
}

interface PgbenchResult {
  tps: number;
  latencyAvgMs: number;
  transactions: number;
  failed: number;
  p50?: number;
  p90?: number;
  p99?: number;
  max?: number;
  output: string;
}

async function runPgbench(database: string, opts: Options, groupOf: GroupOf) {
  const { args, env } = pgArgs();
  log(`pgbench -i -s ${opts.scale} on ${database}`);
  await run('pgbench', [...args, '-i', '-q', '-s', String(opts.scale), database], { env, maxBuffer: 16 * 1024 * 1024 });
  await run('psql', [...args, '-d', database, '-qc', 'checkpoint'], { env });

  const logDir = await mkdtemp(path.join(os.tmpdir(), 'av-pgbench-'));
  const sampler = new ActivitySampler(database);
  try {
    await sampler.start();
    log(`pgbench -c ${opts.concurrency} -j 2 -T ${opts.duration} -M prepared`);
    // Its backends exit with it: take the CPU figures while it runs (from 1 s in to 0.5 s before its end).
    const seconds = Math.ceil(opts.duration);
    const cpu = (async () => {
      await sleep(Math.min(1000, seconds * 200));
      const a = await snapshotCpu(groupOf);
      await sleep(Math.max(200, seconds * 1000 - 1500));
      return cpuBetween(a, await snapshotCpu(groupOf));
    })();
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('pgbench', [...args, '-c', String(opts.concurrency), '-j', '2', '-T', String(Math.ceil(opts.duration)), '-M', 'prepared', '-l', `--log-prefix=${path.join(logDir, 'pgbench_log')}`, database], { env });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`pgbench exited with ${code}:\n${out}`))));
    });
    const activity = await sampler.stop();

    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1] ?? /tps = ([\d.]+)/.exec(output)?.[1]);
    const latencyAvgMs = Number(/latency average = ([\d.]+) ms/.exec(output)?.[1]);
    const transactions = Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1]);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    const result: PgbenchResult = { tps, latencyAvgMs, transactions, failed, output };

    // Per-transaction log: client_id transaction_no time(us) script_no epoch us
    const latencies: number[] = [];
    for (const file of await readdir(logDir)) {
      for (const line of (await readFile(path.join(logDir, file), 'utf8')).split('\n')) {
        const us = Number(line.split(' ')[2]);
        if (line && Number.isFinite(us)) latencies.push(us / 1000);
      }
    }
    if (latencies.length > 0) {
      const sorted = Float64Array.from(latencies).sort();
      Object.assign(result, { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] });
    }
    return { result, cpu: await cpu, activity };
  } finally {
    await sampler.stop().catch(() => undefined);
    await rm(logDir, { recursive: true, force: true });
  }
}

// ── the AgentVault side ──────────────────────────────────────────────────────

interface Agent {
  did: string;
  token: string;
  headers: Record<string, string>;
  readHeaders: Record<string, string>;
}

async function onboard(base: string, count: number): Promise<{ agents: Agent[]; adminToken: string; fee: bigint }> {
  const PASSWORD = 'Bench-Passw0rd!';
  const adminLogin = expect(await call(base, 'POST', '/api/v1/auth/login', { form: { username: TEST_ADMIN.email, password: TEST_ADMIN.password } }), 200, 'admin login');
  const adminToken = adminLogin.access_token as string;

  // A few developers, each owning a share of the agents.
  const developers = await pool(Array.from({ length: Math.max(1, Math.ceil(count / 25)) }), 4, async () => {
    const email = `bench-${uniqueSuffix()}@example.com`;
    expect(await call(base, 'POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Bench' } }), 201, 'register developer');
    return expect(await call(base, 'POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } }), 200, 'developer login').access_token as string;
  });

  const agents = await pool(Array.from({ length: count }), 8, async (_, i) => {
    const devToken = developers[i % developers.length]!;
    const bst = expect(await call(base, 'POST', '/api/v1/onboard/bootstrap/request-token', { token: devToken, json: {} }), 200, 'bootstrap token');
    const created = expect(
      await call(base, 'POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.bootstrap_token }, json: { agent_card: { name: `Bench Agent ${i}` } } }),
      201,
      'create agent',
    );
    const tokenRes = expect(await call(base, 'POST', '/api/v1/auth/agent/token', { form: { client_id: created.client_id, client_secret: created.client_secret } }), 200, 'agent token');
    const token = tokenRes.access_token as string;
    return { did: created.agent_did as string, token, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, readHeaders: { authorization: `Bearer ${token}` } };
  });

  const feeConfig = expect(await call(base, 'GET', '/api/v1/teg/fees/config'), 200, 'fee config');
  return { agents, adminToken, fee: toUnits(feeConfig.transfer_fee_amount) };
}

interface LoadResult {
  ok: number;
  errors: Map<string, number>;
  latencies: Float64Array;
  elapsedS: number;
  perSecond: number[];
  firstError?: string;
}

/**
 * The load generator's HTTP client: undici's connection pool, `connections` keep-alive sockets
 * to the gateway. It costs the shared machine about a third of what fetch (undici behind the
 * WHATWG API) costs per request, which leaves that CPU to the system being measured.
 */
function loadClient(base: string, connections: number) {
  const pool = new Pool(base, { connections, headersTimeout: 30_000, bodyTimeout: 30_000, keepAliveTimeout: 60_000 });
  return {
    async send(method: 'GET' | 'POST', urlPath: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
      const res = await pool.request({ method, path: urlPath, headers, body });
      return { status: res.statusCode, text: await res.body.text() };
    },
    close: () => pool.close(),
  };
}

/** A failed request's key in the error counts: the socket error's code, or the error's name. */
function networkErrorKey(err: unknown): string {
  const e = err as Error & { code?: string; cause?: { code?: string } };
  return `network:${e.code ?? e.cause?.code ?? e.name}`;
}

/** Closed loop: each worker sends one transfer, waits for the answer, sends the next, until the deadline. */
async function driveTransfers(base: string, agents: Agent[], concurrency: number, seconds: number, kind: 'transfer' | 'balance' = 'transfer', batch = 0): Promise<LoadResult> {
  const urlPath = kind === 'balance' ? '/api/v1/teg/balance' : batch > 0 ? '/api/v1/teg/transfers/batch' : '/api/v1/teg/transfer';
  const client = loadClient(base, concurrency);
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const perSecond: number[] = [];
  let ok = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const deadline = start + seconds * 1000;

  const worker = async () => {
    while (performance.now() < deadline) {
      const s = Math.floor(Math.random() * agents.length);
      const one = () => {
        let r = Math.floor(Math.random() * (agents.length - 1));
        if (r >= s) r++;
        const cents = 1 + Math.floor(Math.random() * 100); // 0.01 .. 1.00 AVT
        return { receiver_agent_id: agents[r]!.did, amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`, message: 'bench' };
      };
      const body = JSON.stringify(batch > 0 ? { transfers: Array.from({ length: batch }, one) } : one());
      const t0 = performance.now();
      let key: string;
      let moved = 1;
      try {
        const res = kind === 'transfer' ? await client.send('POST', urlPath, agents[s]!.headers, body) : await client.send('GET', urlPath, agents[s]!.readHeaders);
        const text = res.text;
        key = String(res.status);
        if (res.status !== 200 && !firstError) firstError = `${res.status}: ${text.slice(0, 300)}`;
        if (res.status === 200 && batch > 0) {
          // A batch answers 200 even when some of its transfers failed: count the transfers.
          const answer = JSON.parse(text) as { completed: number; failed: number; results: Array<{ error?: { code: string } }> };
          moved = answer.completed;
          for (const r of answer.results) if (r.error) errors.set(`item:${r.error.code}`, (errors.get(`item:${r.error.code}`) ?? 0) + 1);
        }
      } catch (err) {
        key = networkErrorKey(err);
        if (!firstError) firstError = `${key}: ${(err as Error).message}`;
      }
      const t1 = performance.now();
      if (key === '200') {
        ok += moved;
        latencies.push(t1 - t0);
        const second = Math.floor((t1 - start) / 1000);
        perSecond[second] = (perSecond[second] ?? 0) + moved;
      } else {
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedS = (performance.now() - start) / 1000;
  await client.close();
  return { ok, errors, latencies: Float64Array.from(latencies).sort(), elapsedS, perSecond: perSecond.slice(0, Math.floor(seconds)).map((n) => n ?? 0), firstError };
}

/**
 * Open loop: one transfer every 1/rate seconds on a fixed schedule, whatever the answers do.
 * Latency runs from when a request was due, not from when it could be sent. At most `maxInFlight`
 * wait for an answer; a request due beyond that is not sent and is counted as `dropped`.
 */
async function driveOpenLoop(base: string, agents: Agent[], rate: number, seconds: number, maxInFlight = 4096): Promise<LoadResult & { offered: number; dropped: number; maxInFlight: number }> {
  // Enough sockets for every request in flight at the rates this machine answers; beyond them a
  // request waits in the client's queue, and that wait counts, since latency runs from its due time.
  const client = loadClient(base, 256);
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const perSecond: number[] = [];
  let ok = 0;
  let dropped = 0;
  let offered = 0;
  let inFlight = 0;
  let peak = 0;
  let firstError: string | undefined;
  const pending = new Set<Promise<void>>();
  const start = performance.now();
  const total = Math.floor(rate * seconds);
  const send = async (dueAt: number) => {
    const s = Math.floor(Math.random() * agents.length);
    let r = Math.floor(Math.random() * (agents.length - 1));
    if (r >= s) r++;
    const cents = 1 + Math.floor(Math.random() * 100);
    const body = JSON.stringify({ receiver_agent_id: agents[r]!.did, amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`, message: 'bench' });
    let key: string;
    try {
      const res = await client.send('POST', '/api/v1/teg/transfer', agents[s]!.headers, body);
      key = String(res.status);
      if (res.status !== 200 && !firstError) firstError = `${res.status}: ${res.text.slice(0, 300)}`;
    } catch (err) {
      key = networkErrorKey(err);
      if (!firstError) firstError = `${key}: ${(err as Error).message}`;
    }
    const t1 = performance.now();
    if (key === '200') {
      ok++;
      latencies.push(t1 - dueAt);
      const second = Math.floor((t1 - start) / 1000);
      perSecond[second] = (perSecond[second] ?? 0) + 1;
    } else {
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  };
  while (offered < total) {
    const now = performance.now();
    // Everything due by now goes out at once; the timer's own lateness is part of the latency.
    while (offered < total && start + (offered * 1000) / rate <= now) {
      const dueAt = start + (offered * 1000) / rate;
      offered++;
      if (inFlight >= maxInFlight) {
        dropped++;
        continue;
      }
      inFlight++;
      peak = Math.max(peak, inFlight);
      const p: Promise<void> = send(dueAt).finally(() => {
        inFlight--;
        pending.delete(p);
      });
      pending.add(p);
    }
    await sleep(1);
  }
  await Promise.all(pending);
  const elapsedS = (performance.now() - start) / 1000;
  await client.close();
  return { ok, errors, latencies: Float64Array.from(latencies).sort(), elapsedS, perSecond: perSecond.slice(0, Math.floor(seconds)).map((n) => n ?? 0), firstError, offered, dropped, maxInFlight: peak };
}

async function verify(base: string, db: TestDatabase, agents: Agent[], adminToken: string, fee: bigint, fundedEach: bigint, okResponses: number) {
  const audit = expect(await call(base, 'GET', '/api/v1/admin/teg/audit', { token: adminToken }), 200, 'audit');
  const perAgent = await pool(agents, 8, async (a) => {
    const balance = expect(await call(base, 'GET', '/api/v1/teg/balance', { token: a.token }), 200, 'balance');
    const txs = expect(await call(base, 'GET', '/api/v1/teg/transactions?transaction_type=transfer&limit=1', { token: a.token }), 200, 'transactions');
    return { balance: toUnits(balance.balance), transfers: Number(txs.total) };
  });
  // Each transfer is listed once for its sender and once for its receiver.
  const listed = perAgent.reduce((s, a) => s + a.transfers, 0);
  // Amounts only move between the agents; what leaves them is exactly one fee per transfer.
  const lostToFees = fundedEach * BigInt(agents.length) - perAgent.reduce((s, a) => s + a.balance, 0n);
  const byFees = fee > 0n && lostToFees % fee === 0n ? Number(lostToFees / fee) : NaN;

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows: [outbox] } = await client.query(`select count(*) filter (where published_at is null)::int as unpublished, count(*)::int as total from ledger.outbox`);
    const { rows: [events] } = await client.query(`select count(*) filter (where type = 'TokensTransferred')::int as transfers from ledger.ledger_events`);
    const { rows: shards } = await client.query(`select shard, balance::text from ledger.account_shards order by shard`);
    // Every service's idempotent consumers remember each event they took, in their own schema.
    const consumers: { consumer: string; rows: number }[] = [];
    const { rows: schemas } = await client.query(`select table_schema from information_schema.tables where table_name = 'processed_events' order by 1`);
    for (const { table_schema: schema } of schemas) {
      const { rows } = await client.query(`select consumer, count(*)::int as n from ${client.escapeIdentifier(schema)}.processed_events group by consumer order by consumer`);
      for (const r of rows) consumers.push({ consumer: `${schema}/${r.consumer}`, rows: r.n });
    }
    return { audit, listedPairs: listed, byListing: listed / 2, byFees, lostToFees, outbox, eventsTransferred: events.transfers as number, shards, consumers, okResponses };
  } finally {
    await client.end();
  }
}

// ── main ─────────────────────────────────────────────────────────────────────

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const cores = os.cpus().length;
  let db: TestDatabase | undefined;
  let pgbenchDb: TestDatabase | undefined;
  let stack: Stack | undefined;
  let profDir: string | undefined;
  const stackPids = new Map<number, string>();
  const benchDatabases = new Set<string>();
  const groupOf: GroupOf = (pid, comm, cmdline) => {
    if (pid === process.pid) return 'bench client (node, this process)';
    const name = stackPids.get(pid);
    if (name) return `agentvault (${name})`;
    if (comm.startsWith('postgres')) {
      // "postgres: 15/main: <user> <database> <host> <state>" for a backend, "postgres: 15/main: walwriter" for the others
      const words = cmdline.trim().split(/\s+/);
      if (words.length >= 5) return benchDatabases.has(words[3]!) ? 'postgres backends (benchmark database)' : 'postgres backends (other databases)';
      return 'postgres (wal writer, checkpointer, …)';
    }
    if (comm === 'nats-server') return 'nats-server';
    if (comm === 'redis-server') return 'redis-server';
    if (comm === 'pgbench') return 'pgbench client';
    return 'other processes (not part of this benchmark)';
  };

  const cleanup = async () => {
    await stack?.stop().catch((err) => log(`stopping the stack: ${err}`));
    stack = undefined;
    await db?.drop().catch((err) => log(`dropping ${db?.name}: ${err}`));
    db = undefined;
    await pgbenchDb?.drop().catch((err) => log(`dropping ${pgbenchDb?.name}: ${err}`));
    pgbenchDb = undefined;
  };
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      interrupted = true;
      log(`${sig}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  const lines: string[] = [];
  const out = (s = '') => lines.push(s);
  let failed = false;

  try {
    // 1. AgentVault
    db = await createTestDatabase('av_bench');
    benchDatabases.add(db.name);
    log(`database ${db.name}; starting the stack (layout ${opts.layout})`);
    const env: Record<string, string> = { LOG_LEVEL: 'warn', ...opts.stackEnv };
    if (opts.cpuProf) {
      // Node 20 refuses --cpu-prof in NODE_OPTIONS: a preload starts and stops the profiler on SIGUSR2.
      profDir = await mkdtemp(path.join(os.tmpdir(), 'av-cpuprof-'));
      const preload = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cpu-profile-preload.mjs');
      env.NODE_OPTIONS = `--import=${pathToFileURL(preload).href}`;
      env.BENCH_CPU_PROFILE_DIR = profDir;
    }
    stack = await startStack({ layout: opts.layout, databaseUrl: db.url, env });
    for (const p of stack.processes) if (p.child.pid) stackPids.set(p.child.pid, p.name.replace(/^agentvault /, ''));
    const base = stack.baseUrl;

    log(`onboarding ${opts.agents} agents`);
    const t0 = performance.now();
    const { agents, adminToken, fee } = await onboard(base, opts.agents);
    const fundedEach = BigInt(opts.fund) * SCALE;
    await pool(agents, 8, async (a) =>
      expect(await call(base, 'POST', '/api/v1/teg/treasury/fund-agent', { token: adminToken, json: { agent_did: a.did, amount: String(opts.fund), reason: 'bench' } }), 200, 'fund agent'),
    );
    log(`onboarded and funded in ${fmt((performance.now() - t0) / 1000)} s; warming up ${opts.warmup} s`);

    const warm = opts.warmup > 0 ? await driveTransfers(base, agents, opts.concurrency, opts.warmup, 'transfer', opts.batch) : undefined;
    // Backends publish their statistics within a second of going idle: let the warm-up's land first.
    await sleep(1500);

    log(`measuring ${opts.duration} s with ${opts.concurrency} concurrent workers`);
    const dbStatsStart = await databaseStats(db.name);
    const sampler = new ActivitySampler(db.name);
    await sampler.start();
    const profiled = profDir ? [...stackPids.keys()] : [];
    for (const pid of profiled) process.kill(pid, 'SIGUSR2');
    if (profiled.length > 0) await sleep(200);
    const cpuStart = await snapshotCpu(groupOf);
    const load = await driveTransfers(base, agents, opts.concurrency, opts.duration, 'transfer', opts.batch);
    const cpuEnd = await snapshotCpu(groupOf);
    const activity = await sampler.stop();
    const cpu = cpuBetween(cpuStart, cpuEnd);
    for (const pid of profiled) process.kill(pid, 'SIGUSR2');
    if (profiled.length > 0) {
      await waitFor(async () => (await readdir(profDir!)).filter((f) => f.endsWith('.cpuprofile')).length >= profiled.length, { timeoutMs: 30_000, intervalMs: 100, what: 'CPU profiles' }).catch((err) => log(String(err)));
    }
    const backlogAtEnd = await (async () => {
      const c = new pg.Client({ connectionString: db!.url });
      await c.connect();
      try {
        return (await c.query(`select count(*)::int as n from ledger.outbox where published_at is null`)).rows[0].n as number;
      } finally {
        await c.end();
      }
    })();
    await sleep(1500);
    const dbStatsEnd = await databaseStats(db.name);

    let reads: { load: LoadResult; cpu: ReturnType<typeof cpuBetween> } | undefined;
    if (opts.readBaseline > 0) {
      log(`read baseline: GET /api/v1/teg/balance for ${opts.readBaseline} s`);
      const a = await snapshotCpu(groupOf);
      const readLoad = await driveTransfers(base, agents, opts.concurrency, opts.readBaseline, 'balance');
      reads = { load: readLoad, cpu: cpuBetween(a, await snapshotCpu(groupOf)) };
    }

    let open: { load: Awaited<ReturnType<typeof driveOpenLoop>>; cpu: ReturnType<typeof cpuBetween> } | undefined;
    if (opts.openRate > 0) {
      log(`open loop: ${opts.openRate} transfers/s for ${opts.openDuration} s`);
      const a = await snapshotCpu(groupOf);
      const openLoad = await driveOpenLoop(base, agents, opts.openRate, opts.openDuration);
      open = { load: openLoad, cpu: cpuBetween(a, await snapshotCpu(groupOf)) };
    }

    log('verifying');
    const okResponses = (warm?.ok ?? 0) + load.ok + (open?.load.ok ?? 0);
    const check = await verify(base, db, agents, adminToken, fee, fundedEach, okResponses);

    log('stopping the stack');
    await stack.stop();
    stack = undefined;
    let profile: ReturnType<typeof summarizeProfile>[] = [];
    if (profDir) {
      for (const file of (await readdir(profDir)).filter((f) => f.endsWith('.cpuprofile'))) {
        profile.push(summarizeProfile(JSON.parse(await readFile(path.join(profDir, file), 'utf8')) as CpuProfile, -Infinity, Infinity));
      }
      profile = profile.filter((p) => p.windowMs > 0).sort((a, b) => b.windowMs - a.windowMs);
      if (opts.keepProfile) {
        await mkdir(opts.keepProfile, { recursive: true });
        for (const file of await readdir(profDir)) {
          const pid = Number(file.split('.')[0]);
          await copyFile(path.join(profDir, file), path.join(opts.keepProfile, `${(stackPids.get(pid) ?? String(pid)).replace(/[^\w-]+/g, '')}-${file}`));
        }
        log(`CPU profiles kept in ${opts.keepProfile}`);
      }
    }
    await db.drop();
    db = undefined;

    // 2. pgbench on the same PostgreSQL
    let bench: Awaited<ReturnType<typeof runPgbench>> | undefined;
    if (!opts.skipPgbench) {
      pgbenchDb = await createTestDatabase('av_bench_pgbench');
      benchDatabases.add(pgbenchDb.name);
      bench = await runPgbench(pgbenchDb.name, opts, groupOf);
      await pgbenchDb.drop();
      pgbenchDb = undefined;
    }

    // 3. report
    const tps = load.ok / load.elapsedS;
    const lat = load.latencies;
    const { stdout: pgVersion } = await run('psql', [...pgArgs().args, '-d', 'postgres', '-Atc', 'show server_version'], { env: pgArgs().env }).catch(() => ({ stdout: '?' }));
    out('════════════════════════════════════════════════════════════════════════════════');
    out(`AgentVault transfer benchmark — layout ${opts.layout}, ${opts.agents} agents, ${opts.concurrency} concurrent workers, ${opts.duration} s (after ${opts.warmup} s warm-up)`);
    if (Object.keys(opts.stackEnv).length > 0) out(`stack environment: ${Object.entries(opts.stackEnv).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    out(`machine: ${cores} CPU cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB; PostgreSQL ${pgVersion.trim()}`);
    out(`NOTE: the ${cores} cores are shared by everything — this load generator, the AgentVault process(es), PostgreSQL,`);
    out('      NATS, Redis (and pgbench in its phase). Absolute figures are for this box; the ratio is the portable number.');
    out('');
    out(opts.batch > 0
      ? `AgentVault: POST /api/v1/teg/transfers/batch through the gateway, ${opts.batch} transfers per request (HTTP keep-alive, closed loop; latency is per request)`
      : 'AgentVault: POST /api/v1/teg/transfer through the gateway (HTTP keep-alive, closed loop)');
    out(`  transfers completed   ${load.ok} in ${fmt(load.elapsedS, 2)} s`);
    out(`  throughput            ${fmt(tps)} transfers/s`);
    out(`  per second            ${load.perSecond.join(' ')}`);
    out(`  latency ms            p50 ${fmt(percentile(lat, 50))}   p90 ${fmt(percentile(lat, 90))}   p99 ${fmt(percentile(lat, 99))}   max ${fmt(lat[lat.length - 1] ?? NaN)}   mean ${fmt(lat.reduce((a, b) => a + b, 0) / Math.max(1, lat.length))}`);
    out(`  errors                ${load.errors.size === 0 ? 'none' : [...load.errors].map(([k, n]) => `${k}: ${n}`).join(', ')}${load.firstError ? `   (first: ${load.firstError})` : ''}`);
    if (warm) out(`  warm-up               ${warm.ok} transfers, ${warm.errors.size === 0 ? 'no errors' : [...warm.errors].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
    out(`  outbox backlog        ${backlogAtEnd} events not yet published to NATS at the end of the window`);
    out(`  CPU per transfer      ${cpu.groups.filter((g) => g.group.startsWith('agentvault')).map((g) => `${g.group.replace(/^agentvault /, '')} ${fmt(((g.pct / 100) * cpu.seconds * 1000) / Math.max(1, load.ok), 2)} ms`).join(', ')}`);
    if (open) {
      const o = open.load;
      const ol = o.latencies;
      out('');
      out(`AgentVault open loop: POST /api/v1/teg/transfer offered at ${fmt(opts.openRate)}/s for ${fmt(opts.openDuration)} s${bench ? ` (${fmt(opts.openRate / bench.result.tps, 2)} × pgbench tps)` : ''}; latency from when each request was due`);
      out(`  offered / completed   ${o.offered} / ${o.ok} (${fmt(o.ok / o.elapsedS)}/s)   dropped (over ${4096} in flight) ${o.dropped}   most in flight ${o.maxInFlight}`);
      out(`  latency ms            p50 ${fmt(percentile(ol, 50))}   p90 ${fmt(percentile(ol, 90))}   p99 ${fmt(percentile(ol, 99))}   max ${fmt(ol[ol.length - 1] ?? NaN)}`);
      out(`  per second            ${o.perSecond.join(' ')}`);
      out(`  errors                ${o.errors.size === 0 ? 'none' : [...o.errors].map(([k, n]) => `${k}: ${n}`).join(', ')}${o.firstError ? `   (first: ${o.firstError})` : ''}`);
      out(`  CPU per transfer      ${open.cpu.groups.filter((g) => g.group.startsWith('agentvault')).map((g) => `${g.group.replace(/^agentvault /, '')} ${fmt(((g.pct / 100) * open!.cpu.seconds * 1000) / Math.max(1, o.ok), 2)} ms`).join(', ')}`);
    }
    out('');
    if (bench) {
      const b = bench.result;
      out(`pgbench TPC-B on the same PostgreSQL (scale ${opts.scale}, -c ${opts.concurrency} -j 2 -T ${Math.ceil(opts.duration)} -M prepared)`);
      out(`  throughput            ${fmt(b.tps)} tps   (${b.transactions} transactions, ${b.failed} failed)`);
      out(`  latency ms            average ${fmt(b.latencyAvgMs, 3)} (pgbench)${b.p50 !== undefined ? `   p50 ${fmt(b.p50, 2)}   p90 ${fmt(b.p90!, 2)}   p99 ${fmt(b.p99!, 2)}   max ${fmt(b.max!, 2)} (its per-transaction log)` : ''}`);
      out('');
      out(`RATIO  AgentVault transfers/s ÷ pgbench TPC-B tps = ${fmt(tps)} ÷ ${fmt(b.tps)} = ${fmt(tps / b.tps, 3)}`);
    } else {
      out('pgbench skipped (--skip-pgbench)');
    }
    out('');
    const countsAgree = check.byListing === okResponses && check.byFees === okResponses && check.eventsTransferred === okResponses;
    const auditOk = check.audit.consistent === true;
    failed = !countsAgree || !auditOk;
    out('Checks');
    out(`  audit                 consistent: ${check.audit.consistent}   (minted ${check.audit.total_minted}, sum of balances ${check.audit.sum_of_balances}, unbalanced ${check.audit.unbalanced_transactions}, negative ${check.audit.negative_balances})`);
    out(`  successful responses  ${okResponses} (warm-up ${warm?.ok ?? 0} + measured ${load.ok}${open ? ` + open loop ${open.load.ok}` : ''})`);
    out(`  transfers in ledger   ${check.byListing} by GET /teg/transactions totals ÷ 2,  ${check.byFees} by Σ agent balances (${fromUnits(check.lostToFees)} AVT gone to fees ÷ ${fromUnits(fee)}),  ${check.eventsTransferred} TokensTransferred events`);
    out(`  verdict               ${countsAgree && auditOk ? 'OK — every successful response is exactly one transfer, and the books balance' : 'MISMATCH — see above'}`);
    out(`  outbox                ${check.outbox.total} events, ${check.outbox.unpublished} unpublished at verification`);
    out(`  event consumers       ${check.consumers.length === 0 ? 'none' : check.consumers.map((c) => `${c.consumer}: ${c.rows} events taken (${fmt(c.rows / Math.max(1, okResponses), 2)} per transfer)`).join(', ')}`);
    out(`  fee shards            ${check.shards.map((s: any) => Number(s.balance).toFixed(2)).join(' ')}`);
    out('');
    out(`Where the CPU went during the measured window (% of one core; the machine is ${cores * 100}%)`);
    out(`  machine busy          ${fmt(cpu.machine)}%   (${cpu.machineSplit})`);
    const perTransfer = (pct: number) => (pct / 100) * cpu.seconds * 1000 / Math.max(1, load.ok);
    for (const g of cpu.groups) out(`  ${g.group.padEnd(44)} ${fmt(g.pct).padStart(6)}%   ${fmt(perTransfer(g.pct), 2).padStart(6)} ms CPU per transfer`);
    const delta = (k: string) => ((dbStatsEnd[k] ?? 0) - (dbStatsStart[k] ?? 0)) / Math.max(1, load.ok);
    out(`  database work per transfer (pg_stat_database): ${fmt(delta('xact_commit'), 2)} transactions (a lone statement counts as one), ${fmt(delta('xact_rollback'), 2)} rollbacks,`);
    out(`    ${fmt(delta('tup_inserted'), 1)} rows inserted, ${fmt(delta('tup_updated'), 1)} updated, ${fmt(delta('tup_fetched'), 1)} fetched, ${fmt(delta('blks_hit'), 0)} buffer hits, ${fmt(delta('blks_read'), 2)} reads`);
    if (reads) {
      const r = reads.load;
      const stackPct = reads.cpu.groups.filter((g) => g.group.startsWith('agentvault')).reduce((a, g) => a + g.pct, 0);
      out(`  read baseline (GET /api/v1/teg/balance, same workers, ${fmt(r.elapsedS)} s): ${fmt(r.ok / r.elapsedS)} req/s, p50 ${fmt(percentile(r.latencies, 50))} ms, p99 ${fmt(percentile(r.latencies, 99))} ms,`);
      out(`    AgentVault CPU ${fmt(stackPct)}% = ${fmt(((stackPct / 100) * reads.cpu.seconds * 1000) / Math.max(1, r.ok), 2)} ms per request (auth, revocation check, rate limit, one gRPC call, one read)${r.errors.size ? `; errors ${[...r.errors].map(([k, n]) => `${k}: ${n}`).join(', ')}` : ''}`);
    }
    if (bench) {
      out(`  … and during pgbench: machine ${fmt(bench.cpu.machine)}%; ${bench.cpu.groups.map((g) => `${g.group} ${fmt(g.pct)}%`).join('; ')}`);
    }
    out('');
    out(`PostgreSQL client backends of the AgentVault database (${activity.samples} samples, 50 ms apart): average count per state`);
    for (const s of activity.states.slice(0, 10)) out(`  ${s.state.padEnd(48)} ${fmt(s.avg, 2)}`);
    if (activity.lockWaits.length > 0) out(`  waiting for a row lock, by statement: ${activity.lockWaits.slice(0, 5).map((w) => `${w.statement} ${fmt(w.avg, 2)}`).join('; ')}`);
    out(`  max connections by application: ${activity.connections.map((c) => `${c.app} ${c.max}`).join(', ')}`);
    if (bench) {
      out(`  … for pgbench: ${bench.activity.states.slice(0, 6).map((s) => `${s.state} ${fmt(s.avg, 2)}`).join('; ')}; max connections ${bench.activity.connections.map((c) => `${c.app} ${c.max}`).join(', ')}`);
    }
    for (const p of profile) {
      out('');
      out(`CPU profile of an AgentVault process (--cpu-prof), ${fmt(p.windowMs / 1000)} s of samples inside the window: self time`);
      out('  by package:   ' + p.groups.map((g) => `${g.name} ${fmt(g.pct)}%`).join(', '));
      out('  by package, counting node internals and native calls (socket writes, …) for the package that caused them:');
      out('                ' + p.owners.map((g) => `${g.name} ${fmt(g.pct)}%`).join(', '));
      out('  by function:');
      for (const f of p.functions) out(`    ${fmt(f.pct).padStart(5)}%  ${f.name}`);
    }
    out('════════════════════════════════════════════════════════════════════════════════');
  } catch (err) {
    if (!interrupted) {
      console.error(err);
      if (stack) console.error(stack.logs().slice(-6000));
    }
    failed = true;
  } finally {
    await cleanup();
    if (profDir) await rm(profDir, { recursive: true, force: true });
  }
  if (lines.length > 0) console.log(lines.join('\n'));
  process.exit(failed ? 1 : 0);
}

void main();
