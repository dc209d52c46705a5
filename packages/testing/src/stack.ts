import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from 'nats';
import { TEST_NATS_URL, TEST_REDIS_URL, uniqueSuffix, waitFor } from './infra.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const AGENTVAULT_BIN = path.join(REPO_ROOT, 'packages/cli/bin/agentvault.js');

export const TEST_ADMIN = { email: 'admin@agentvault.test', password: 'Admin-Passw0rd!' };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

/** Starts `agentvault` with arguments and environment, keeping its output for failure reports. */
export function startAgentVault(name: string, args: string[], env: Record<string, string | undefined>): RunningProcess {
  const child = spawn(process.execPath, [AGENTVAULT_BIN, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
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
  return { name, child, output, exited };
}

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
  layout: StackLayout;
  env: Record<string, string>;
  processes: RunningProcess[];
  /** Output of every process, for a failing test's report. */
  logs(): string;
  stop(): Promise<void>;
}

/**
 * A whole registry on loopback against the real servers: one `--target=all` process, or
 * one process per service (the microservices layout).
 */
export async function startStack(options: { layout: StackLayout; databaseUrl: string; env?: Record<string, string> }): Promise<Stack> {
  const gatewayPort = await freePort();
  const identityPort = await freePort();
  const ledgerPort = await freePort();
  const webhooksPort = await freePort();
  const stakingPort = await freePort();
  const governancePort = await freePort();
  const suffix = uniqueSuffix();
  const env: Record<string, string> = {
    DATABASE_URL: options.databaseUrl,
    NATS_URL: TEST_NATS_URL,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: `avtest:${suffix}:`,
    NATS_STREAM: `AVTEST_${suffix.toUpperCase()}`,
    NATS_SUBJECT_PREFIX: `avtest_${suffix}`,
    PORT: String(gatewayPort),
    HOST: '127.0.0.1',
    IDENTITY_GRPC_ADDR: `127.0.0.1:${identityPort}`,
    LEDGER_GRPC_ADDR: `127.0.0.1:${ledgerPort}`,
    WEBHOOKS_GRPC_ADDR: `127.0.0.1:${webhooksPort}`,
    STAKING_GRPC_ADDR: `127.0.0.1:${stakingPort}`,
    GOVERNANCE_GRPC_ADDR: `127.0.0.1:${governancePort}`,
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
  try {
    if (options.layout === 'all') {
      const proc = startAgentVault('agentvault --target=all', ['--target=all'], env);
      processes.push(proc);
      await waitForReady(`http://127.0.0.1:${gatewayPort}/ready`, proc);
    } else {
      const identityOps = await freePort();
      const identity = startAgentVault('identity', ['--target=identity'], { ...env, OPS_PORT: String(identityOps) });
      processes.push(identity);
      await waitForReady(`http://127.0.0.1:${identityOps}/ready`, identity);
      const ledgerOps = await freePort();
      const ledger = startAgentVault('ledger', ['--target=ledger'], { ...env, OPS_PORT: String(ledgerOps) });
      processes.push(ledger);
      await waitForReady(`http://127.0.0.1:${ledgerOps}/ready`, ledger);
      const webhooksOps = await freePort();
      const webhooks = startAgentVault('webhooks', ['--target=webhooks'], { ...env, OPS_PORT: String(webhooksOps) });
      processes.push(webhooks);
      await waitForReady(`http://127.0.0.1:${webhooksOps}/ready`, webhooks);
      for (const name of ['staking', 'governance']) {
        const ops = await freePort();
        const proc = startAgentVault(name, [`--target=${name}`], { ...env, OPS_PORT: String(ops) });
        processes.push(proc);
        await waitForReady(`http://127.0.0.1:${ops}/ready`, proc);
      }
      const gateway = startAgentVault('gateway', ['--target=gateway'], { ...env, MIGRATE_ON_START: 'false' });
      processes.push(gateway);
      await waitForReady(`http://127.0.0.1:${gatewayPort}/ready`, gateway);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    baseUrl: `http://127.0.0.1:${gatewayPort}`,
    layout: options.layout,
    env,
    processes,
    logs: () => processes.map((p) => `── ${p.name} ──\n${p.output.join('')}`).join('\n'),
    stop,
  };
}
