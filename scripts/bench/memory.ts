/**
 * Resident memory of `agentvault --target=all` on the embedded default: right after start, and
 * after N requests (registrations, logins, onboarding, reads). Prints the figures and what the
 * V8 heap and the rest (WASM PostgreSQL, code) account for.
 *
 *   node --import tsx scripts/bench/memory.ts [--requests=1000] [--database-url=postgres://...]
 *
 * With --database-url the same process runs on a PostgreSQL server instead of PGlite (the bus
 * then lives in that database too): the difference between the two runs is PGlite's share.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { httpClient, startAgentVault, stopProcess, waitForProcess } from '../../packages/testing/src/index.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '1000' }, 'database-url': { type: 'string' } } });
const total = Number(values.requests);

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'av-memory-'));
const proc = startAgentVault('agentvault --target=all (embedded)', ['--target=all'], {
  ...(values['database-url'] ? { DATABASE_URL: values['database-url'] } : {}),
  DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SANDBOX_BYPASS_RATE_LIMIT: 'true',
  RATE_LIMIT_GLOBAL: '1000000', RATE_LIMIT_PUBLIC: '1000000', RATE_LIMIT_DEVELOPER: '1000000', RATE_LIMIT_AGENT: '1000000',
});
try {
  const { ports } = await waitForProcess(proc, 90_000);
  const http = httpClient(`http://127.0.0.1:${ports.http}`);
  const pid = proc.child.pid!;
  const afterStart = rssMb(pid);

  let sent = 0;
  const password = 'Str0ng-Passphrase!';
  while (sent < total) {
    const email = `mem-${sent}@example.com`;
    await http('POST', '/api/v1/auth/register-developer', { json: { email, password, name: 'Mem' } });
    const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password } });
    const token = login.body.access_token as string;
    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token });
    await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name: 'Mem Bot', description: 'x' } } });
    await http('GET', '/api/v1/developers/me', { token });
    await http('GET', '/ready');
    sent += 6;
  }
  const afterLoad = rssMb(pid);
  // What the process says of itself (prom-client's default metrics): the V8 heap and what
  // lives outside it (the embedded PostgreSQL's WASM memory is "external").
  const metrics = (await http('GET', '/metrics')).text;
  const gauge = (name: string) => Math.round(Number(new RegExp(`^${name}(?:\\{[^}]*\\})? ([\\d.e+]+)$`, 'm').exec(metrics)?.[1] ?? NaN) / 1048576);
  console.log(JSON.stringify({
    requests: sent,
    rss_mb_after_start: Math.round(afterStart),
    rss_mb_after_requests: Math.round(afterLoad),
    v8_heap_used_mb: gauge('nodejs_heap_size_used_bytes'),
    v8_heap_total_mb: gauge('nodejs_heap_size_total_bytes'),
    external_mb: gauge('nodejs_external_memory_bytes'),
  }));
} finally {
  await stopProcess(proc);
  rmSync(dataDir, { recursive: true, force: true });
}
