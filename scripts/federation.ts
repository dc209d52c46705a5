/**
 * A small federation on this machine, on the embedded default (nothing installed): a mainframe,
 * a peer sovereign frame and a satellite of the mainframe, each its own `agentvault --target=all`
 * process with its own DATA_DIR and port 0. Once they listen, every registry registers the other
 * two as peers and its admin approves them; then their URLs are printed and they run until
 * Ctrl-C.
 *
 *   npm run federation [-- --data-dir=.data/federation] [--log-level=warn]
 *
 * Without --data-dir the registries live in a fresh temporary directory, removed at exit; with
 * it they keep their data, and a second run finds its peers already registered.
 * The last line printed before waiting is `FEDERATION_READY {json}` (for scripts and tests).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { httpClient, startAgentVault, stopProcess, type HttpRequest, type RunningProcess } from '../packages/testing/src/index.js';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, 'log-level': { type: 'string', default: 'warn' } } });

/** The local admin of every registry (printed: this is a developer's sandbox). */
const ADMIN = { email: 'admin@federation.local', password: 'Federation-Admin-1!' };

interface Registry {
  name: string;
  role: 'mainframe' | 'satellite';
  description: string;
  url: string;
  process: RunningProcess;
  http: HttpRequest;
  token?: string;
}

const root = values['data-dir'] ? path.resolve(values['data-dir']) : mkdtempSync(path.join(tmpdir(), 'agentvault-federation-'));
const temporary = !values['data-dir'];
const registries: Registry[] = [];

async function start(name: string, description: string, extra: Record<string, string> = {}): Promise<Registry> {
  const dataDir = path.join(root, name);
  mkdirSync(dataDir, { recursive: true });
  const proc = startAgentVault(name, ['--target=all'], {
    DATA_DIR: dataDir,
    PORT: '0',
    OPS_PORT: '0',
    HOST: '127.0.0.1',
    REGISTRY_NAME: name,
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    // Peers on loopback are refused everywhere else; this is the one place they are the point.
    FEDERATION_ALLOW_PRIVATE_PEERS: 'true',
    FEDERATION_SYNC_INTERVAL_MS: '60000',
    LOG_LEVEL: values['log-level']!,
    ...extra,
  });
  const report = await proc.report(120_000);
  const url = `http://127.0.0.1:${report.ports.http}`;
  const registry: Registry = { name, role: extra.REGISTRY_ROLE === 'satellite' ? 'satellite' : 'mainframe', description, url, process: proc, http: httpClient(url) };
  registries.push(registry);
  return registry;
}

async function adminToken(r: Registry): Promise<string> {
  if (r.token) return r.token;
  const res = await r.http('POST', '/api/v1/auth/login', { form: { username: ADMIN.email, password: ADMIN.password } });
  if (res.status !== 200) throw new Error(`${r.name}: admin login answered ${res.status}: ${res.text}`);
  r.token = res.body.access_token as string;
  return r.token;
}

/** `from` registers `to` as a peer and approves it; a peer already there (an earlier run) is approved if it waits. */
async function peer(from: Registry, to: Registry): Promise<void> {
  const token = await adminToken(from);
  const registered = await from.http('POST', '/api/v1/federation/peers/', {
    token,
    json: { name: to.name, description: to.description, base_url: to.url, admin_contact_email: ADMIN.email, discovery_auth_info: {} },
  });
  let id: number;
  if (registered.status === 201) id = registered.body.id;
  else if (registered.status === 409) {
    const all = await from.http('GET', '/api/v1/admin/federation/peers/all?limit=1000', { token });
    const existing = (all.body.items as Array<{ id: number; name: string; status: string }>).find((p) => p.name === to.name);
    if (!existing) throw new Error(`${from.name}: registering ${to.name} answered 409, and no such peer is listed: ${registered.text}`);
    if (existing.status !== 'PENDING_APPROVAL') return;
    id = existing.id;
  } else throw new Error(`${from.name}: registering ${to.name} answered ${registered.status}: ${registered.text}`);
  const approved = await from.http('POST', `/api/v1/admin/federation/peers/${id}/approve`, { token });
  if (approved.status !== 200) throw new Error(`${from.name}: approving ${to.name} answered ${approved.status}: ${approved.text}`);
}

let stopping: Promise<void> | null = null;
function stopAll(code: number): Promise<void> {
  stopping ??= (async () => {
    await Promise.all([...registries].reverse().map((r) => stopProcess(r.process)));
    if (temporary) rmSync(root, { recursive: true, force: true });
    process.exit(code);
  })();
  return stopping;
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main(): Promise<void> {
  console.log(`Starting three registries on the embedded default under ${root} ...`);
  const [mainframe, peerFrame] = await Promise.all([
    start('mainframe', 'The genesis mainframe: its own event store, mints AVT'),
    start('peer-frame', 'A peer sovereign frame: its own event store and currency'),
  ]);
  // A satellite names its parent, whose URL exists only once the parent listens.
  const satellite = await start('satellite', 'A satellite of the mainframe: no minting, the parent’s currency', {
    REGISTRY_ROLE: 'satellite',
    PARENT_REGISTRY_URL: mainframe.url,
  });
  for (const r of registries) {
    // Every process reports its death at once instead of leaving a half federation running.
    void r.process.exited.then((code) => {
      if (stopping) return;
      console.error(`${r.name} exited with ${code}:\n${r.process.output.join('').slice(-4000)}`);
      void stopAll(1);
    });
  }
  for (const from of registries) for (const to of registries) if (from !== to) await peer(from, to);

  console.log('\nA federation of three, each peered with the other two (registered and approved):\n');
  for (const r of [mainframe, peerFrame, satellite]) {
    console.log(`  ${r.name.padEnd(11)} ${r.role.padEnd(10)} ${r.url}`);
    console.log(`  ${''.padEnd(22)} card: ${r.url}/.well-known/registry-card.json   docs: ${r.url}/docs`);
  }
  console.log(`\n  admin on each: ${ADMIN.email} / ${ADMIN.password}`);
  console.log(`  try: curl '${mainframe.url}/api/v1/federation/search?include_federated=true'\n  Ctrl-C stops all three.\n`);
  const ready = {
    /** SIGTERM or SIGINT to this pid stops all three. */
    pid: process.pid,
    data_dir: root,
    admin: ADMIN,
    registries: Object.fromEntries(registries.map((r) => [r.name, { url: r.url, role: r.role, pid: r.process.child.pid }])),
  };
  console.log(`FEDERATION_READY ${JSON.stringify(ready)}`);
}

main().catch(async (err: unknown) => {
  console.error('federation: failed to start:', err instanceof Error ? err.message : err);
  for (const r of registries) console.error(`── ${r.name} ──\n${r.process.output.join('').slice(-2000)}`);
  await stopAll(1);
});
