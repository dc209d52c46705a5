import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, waitFor } from '@agentvault/testing';

export interface StripeMock {
  /** e.g. http://127.0.0.1:41234, for STRIPE_API_BASE */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Stripe's official mock server (installed by scripts/stripe/ensure-stripe-mock.sh) on a
 * port the system picks, and learns the port from its log.
 */
export async function startStripeMock(): Promise<StripeMock> {
  const { stdout } = await promisify(execFile)('bash', [path.join(REPO_ROOT, 'scripts/stripe/ensure-stripe-mock.sh')], { timeout: 600_000 });
  const bin = stdout.trim();
  const child: ChildProcess = spawn(bin, ['-http-addr', '127.0.0.1:'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await waitFor(() => {
    if (child.exitCode !== null) throw new Error(`stripe-mock exited with ${child.exitCode}:\n${log}`);
    return /Listening for HTTP at address: [^\s]*:(\d+)/.exec(log)?.[1];
  }, { timeoutMs: 30_000, what: 'stripe-mock listening' });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
