import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { waitFor } from './infra.js';

export const NATS_SERVER_BIN = ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'].find((p) => existsSync(p));

export interface PrivateNats {
  port: number;
  url: string;
  child: ChildProcess;
  /** SIGKILLs it and resolves once it has exited. */
  kill(): Promise<void>;
}

/**
 * A nats-server with JetStream of the test's own, so it can take NATS down and bring it back.
 * Without `port` it binds a port of its choosing (-p -1) and the port is read from its log;
 * a restart passes the port it had, so clients reconnect to the same address.
 */
export async function startPrivateNats(storeDir: string, port?: number): Promise<PrivateNats> {
  if (!NATS_SERVER_BIN) throw new Error('no nats-server binary on this machine');
  const child = spawn(NATS_SERVER_BIN, ['-a', '127.0.0.1', '-p', String(port ?? -1), '-js', '-sd', storeDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const bound = await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`nats-server exited with ${child.exitCode}: ${log.slice(-2000)}`);
      const match = /Listening for client connections on [^\s]*:(\d+)/.exec(log);
      return match && /Server is ready/.test(log) ? Number(match[1]) : undefined;
    },
    { timeoutMs: 15_000, intervalMs: 25, what: 'the private nats-server to listen' },
  );
  return {
    port: bound,
    url: `nats://127.0.0.1:${bound}`,
    child,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
