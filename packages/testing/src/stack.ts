import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from 'nats';
import { TEST_NATS_URL, TEST_REDIS_URL, uniqueSuffix, waitFor } from './infra.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const AGENTVAULT_BIN = path.join(REPO_ROOT, 'packages/cli/bin/agentvault.js');

export const TEST_ADMIN = { email: 'admin@agentvault.test', password: 'Admin-Passw0rd!' };

/** What a started process reports once everything in it listens (`--ports-file`). */
export interface PortsReport {
  pid: number;
  target: string;
  /** `http` for a process with the gateway, `ops` (health and metrics) for the others. */
  ports: { http?: number; ops?: number };
  /** The gRPC address of each service the process runs. */
  grpc: Record<string, string>;
}

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
  /** Resolves with the process's ports report once it is written; rejects if the process dies first. */
  report(timeoutMs?: number): Promise<PortsReport>;
}

const reportDir = mkdtempSync(path.join(tmpdir(), 'agentvault-ports-'));
let reports = 0;

/**
 * Starts `agentvault` with arguments and environment, keeping its output for failure reports.
 * The process binds what it is told (port 0 by default in tests) and reports what it got in a
 * ports file, which `report()` waits for: nobody probes for a free port first.
 */
export function startAgentVault(name: string, args: string[], env: Record<string, string | undefined>): RunningProcess {
  const portsFile = path.join(reportDir, `${process.pid}-${++reports}.json`);
  const child = spawn(process.execPath, [AGENTVAULT_BIN, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, PORTS_FILE: portsFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 2000) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const report = async (timeoutMs = 60_000): Promise<PortsReport> => {
    const crashed = exited.then((code) => {
      throw new Error(`${name} exited with ${code}:\n${output.join('').slice(-4000)}`);
    });
    crashed.catch(() => undefined);
    const written = waitFor(() => readReport(portsFile, child.pid), { timeoutMs, intervalMs: 50, what: `${name} to report its ports` }).catch((err) => {
      throw new Error(`${(err as Error).message}\n${output.join('').slice(-4000)}`);
    });
    return Promise.race([written, crashed]);
  };
  return { name, child, output, exited, report };
}

function readReport(file: string, pid: number | undefined): PortsReport | undefined {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as PortsReport;
    return report.pid === pid ? report : undefined;
  } catch {
    return undefined;
  }
}

/** Waits for the process's ports report, then for its /ready (the gateway's, or its ops server's). */
export async function waitForProcess(proc: RunningProcess, timeoutMs = 60_000): Promise<PortsReport> {
  const report = await proc.report(timeoutMs);
  const port = report.ports.http ?? report.ports.ops;
  if (port === undefined) throw new Error(`${proc.name} reported no HTTP or ops port`);
  await waitForReady(`http://127.0.0.1:${port}/ready`, proc, timeoutMs);
  return report;
}

let targets: string[] | undefined;
/** The program's services in start order (`agentvault --list-targets`), asked once. */
export function listTargets(): string[] {
  targets ??= execFileSync(process.execPath, [AGENTVAULT_BIN, '--list-targets'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim().split('\n');
  return targets;
}

/** `ledger` → `LEDGER`: the prefix of a service's variables (as the runner names them). */
export const envPrefix = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '_');

export async function stopProcess(proc: RunningProcess, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000): Promise<number | null> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return proc.child.exitCode;
  proc.child.kill(signal);
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), timeoutMs);
  const code = await proc.exited;
  clearTimeout(timer);
  return code;
}

export async function waitForReady(url: string, proc: RunningProcess, timeoutMs = 60_000): Promise<void> {
  const crashed = proc.exited.then((code) => {
    throw new Error(`${proc.name} exited with ${code}:\n${proc.output.join('').slice(-4000)}`);
  });
  const ready = waitFor(async () => (await fetch(url).catch(() => undefined))?.status === 200, {
    timeoutMs,
    intervalMs: 100,
    what: `${proc.name} ready at ${url}`,
  }).catch((err) => {
    throw new Error(`${(err as Error).message}\n${proc.output.join('').slice(-4000)}`);
  });
  // Whichever comes first: ready, or the process dying (no point waiting out the timeout).
  crashed.catch(() => undefined);
  await Promise.race([ready, crashed]);
}

/** Removes a test's JetStream stream so runs leave nothing behind. */
export async function deleteStream(stream: string): Promise<void> {
  const nc = await connect({ servers: TEST_NATS_URL }).catch(() => undefined);
  if (!nc) return;
  try {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(stream).catch(() => undefined);
  } finally {
    await nc.close();
  }
}

export type StackLayout = 'all' | 'split';

export interface Stack {
  baseUrl: string;
  /** The gRPC address of every service (so a test can restart one on the same address). */
  addresses: Record<string, string>;
  layout: StackLayout;
  env: Record<string, string>;
  processes: RunningProcess[];
  /** Output of every process, for a failing test's report. */
  logs(): string;
  /**
   * Stops the newest process called `name` (the split layout's service processes are named
   * after their target) with `signal` and starts it again on the same gRPC address, with
   * `env` on top of the stack's; resolves once it is ready. In the `all` layout the one
   * process (named `agentvault --target=all`) restarts on the same HTTP port.
   */
  restart(name: string, options?: { signal?: NodeJS.Signals; env?: Record<string, string>; stopped?: () => Promise<void> }): Promise<RunningProcess>;
  stop(): Promise<void>;
}

/**
 * A whole registry on loopback against the real servers: one `--target=all` process, or
 * one process per service (the microservices layout).
 */
export async function startStack(options: { layout: StackLayout; databaseUrl: string; env?: Record<string, string> }): Promise<Stack> {
  const suffix = uniqueSuffix();
  const env: Record<string, string> = {
    DATABASE_URL: options.databaseUrl,
    NATS_URL: TEST_NATS_URL,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: `avtest:${suffix}:`,
    NATS_STREAM: `AVTEST_${suffix.toUpperCase()}`,
    NATS_SUBJECT_PREFIX: `avtest_${suffix}`,
    PORT: '0',
    OPS_PORT: '0',
    HOST: '127.0.0.1',
    BOOTSTRAP_ADMIN_EMAIL: TEST_ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: TEST_ADMIN.password,
    SANDBOX_BYPASS_RATE_LIMIT: 'true',
    RATE_LIMIT_GLOBAL: '1000000',
    RATE_LIMIT_DEVELOPER: '1000000',
    RATE_LIMIT_AGENT: '1000000',
    RATE_LIMIT_PUBLIC: '1000000',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const processes: RunningProcess[] = [];
  const stop = async () => {
    await Promise.all([...processes].reverse().map((p) => stopProcess(p)));
    await deleteStream(env.NATS_STREAM!);
  };
  const addresses: Record<string, string> = {};
  let gatewayPort = 0;
  try {
    if (options.layout === 'all') {
      const proc = startAgentVault('agentvault --target=all', ['--target=all'], env);
      processes.push(proc);
      const report = await waitForProcess(proc);
      Object.assign(addresses, report.grpc);
      gatewayPort = report.ports.http!;
    } else {
      // One process per service, in start order; each learns the addresses of those before it.
      for (const name of listTargets()) {
        const own = name === 'gateway' ? { MIGRATE_ON_START: 'false' } : { [`${envPrefix(name)}_GRPC_BIND`]: '127.0.0.1:0' };
        const proc = startAgentVault(name, [`--target=${name}`], { ...env, ...own });
        processes.push(proc);
        const report = await waitForProcess(proc);
        for (const [service, address] of Object.entries(report.grpc)) {
          addresses[service] = address;
          env[`${envPrefix(service)}_GRPC_ADDR`] = address;
        }
        if (report.ports.http !== undefined) gatewayPort = report.ports.http;
      }
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    baseUrl: `http://127.0.0.1:${gatewayPort}`,
    addresses,
    layout: options.layout,
    env,
    processes,
    logs: () => processes.map((p) => `── ${p.name} ──\n${p.output.join('')}`).join('\n'),
    stop,
    async restart(name, restartOptions = {}) {
      const current = processes.filter((p) => p.name === name).at(-1);
      if (!current) throw new Error(`no process called ${name} in this stack`);
      await stopProcess(current, restartOptions.signal ?? 'SIGTERM');
      await restartOptions.stopped?.();
      // The whole registry in one process comes back on the same HTTP port: peers know it by its URL.
      const all = options.layout === 'all';
      const same = all ? { PORT: String(gatewayPort) } : addresses[name] ? { [`${envPrefix(name)}_GRPC_BIND`]: addresses[name]! } : {};
      const proc = startAgentVault(name, all ? ['--target=all'] : [`--target=${name}`], { ...env, ...same, ...restartOptions.env });
      processes.push(proc);
      await waitForProcess(proc);
      return proc;
    },
  };
}
