import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createTestDatabase, httpClient, REPO_ROOT, startStack, waitFor, type HttpRequest, type Stack, type TestDatabase } from '@agentvault/testing';
import { verifyCard } from '@agentvault/federation';
import { registryActors } from './helpers.js';

interface Ready {
  pid: number;
  data_dir: string;
  admin: { email: string; password: string };
  registries: Record<string, { url: string; role: string; pid: number }>;
}

describe('npm run federation: a mainframe, a peer frame and a satellite on the embedded default', function () {
  this.timeout(300_000);
  let script: ChildProcess;
  let exited: Promise<number | null>;
  let output = '';
  let ready: Ready;
  const http = (name: string): HttpRequest => httpClient(ready.registries[name]!.url);

  before(async () => {
    // Its own process group, so stopping it reaches npm, the script and the three registries.
    script = spawn('npm', ['run', '--silent', 'federation'], { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } });
    exited = new Promise((resolve) => script.once('exit', (code) => resolve(code)));
    script.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    script.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const line = await waitFor(() => /^FEDERATION_READY (.+)$/m.exec(output)?.[1], { timeoutMs: 240_000, intervalMs: 200, what: 'the federation to be ready' }).catch((err) => {
      throw new Error(`${(err as Error).message}\n${output.slice(-4000)}`);
    });
    ready = JSON.parse(line) as Ready;
  });
  after(async () => {
    // Whatever is left if a test failed early: the whole group.
    if (script?.pid && script.exitCode === null && script.signalCode === null) {
      process.kill(-script.pid, 'SIGTERM');
      await exited;
    }
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(output.slice(-6000));
  });

  it('prints the three URLs; each serves its own signed card', async () => {
    assert.deepEqual(Object.keys(ready.registries).sort(), ['mainframe', 'peer-frame', 'satellite']);
    for (const [name, r] of Object.entries(ready.registries)) {
      assert.ok(output.includes(r.url), `${name}'s URL is printed`);
      const card = await http(name)('GET', '/.well-known/registry-card.json');
      assert.equal(card.status, 200, card.text);
      assert.equal(card.body.identity.name, name);
      assert.equal(card.body.identity.base_url, r.url);
      const jwks = await http(name)('GET', '/.well-known/registry-jwks.json');
      assert.equal((await verifyCard(card.body, jwks.body)).valid, true);
    }
    const satellite = (await http('satellite')('GET', '/.well-known/registry-card.json')).body;
    assert.equal(satellite.identity.role, 'satellite');
    assert.equal(satellite.economic.mints, false);
    assert.equal(satellite.economic.currency_issuer, ready.registries.mainframe!.url);
  });

  it('peers each registry with the other two, approved and trusted', async () => {
    for (const name of Object.keys(ready.registries)) {
      const peers = await http(name)('GET', '/api/v1/federation/peers/');
      assert.equal(peers.status, 200, peers.text);
      const others = Object.keys(ready.registries).filter((n) => n !== name).sort();
      assert.deepEqual(peers.body.items.map((p: { name: string }) => p.name).sort(), others);
      for (const p of peers.body.items) {
        assert.equal(p.status, 'ACTIVE');
        assert.equal(p.trust_verdict.trusted, true, JSON.stringify(p.trust_verdict));
        assert.equal(p.base_url, ready.registries[p.name]!.url);
      }
    }
  });

  it('finds agents of all three registries in one federated search, each marked with its registry', async () => {
    for (const name of Object.keys(ready.registries)) {
      // A developer of each registry onboards an agent there (no admin needed).
      await registryActors(ready.registries[name]!.url).agent(`Triad navigator of ${name}`);
    }
    const merged = await http('mainframe')('GET', '/api/v1/federation/search?search=triad%20navigator&include_federated=true');
    assert.equal(merged.status, 200, merged.text);
    assert.deepEqual(merged.body.items.map((i: { registry: string }) => i.registry).sort(), ['mainframe', 'peer-frame', 'satellite']);
    assert.deepEqual(merged.body.federation.map((f: { peer: string; outcome: string }) => `${f.peer}:${f.outcome}`).sort(), ['peer-frame:ok', 'satellite:ok']);
  });

  it('stops all three on SIGTERM and removes its temporary data', async () => {
    process.kill(ready.pid, 'SIGTERM');
    assert.equal(await exited, 0, output.slice(-2000));
    for (const r of Object.values(ready.registries)) await waitFor(() => !alive(r.pid), { timeoutMs: 20_000, what: `registry ${r.pid} to exit` });
    assert.equal(existsSync(ready.data_dir), false);
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('federated search with a peer killed mid-search', function () {
  this.timeout(180_000);
  const DEADLINE_MS = 1500;
  let dbs: TestDatabase[];
  let stacks: Stack[];

  before(async () => {
    dbs = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
    const env = { FEDERATION_SYNC_INTERVAL_MS: '0', FEDERATION_PEER_DEADLINE_MS: String(DEADLINE_MS), FEDERATION_ALLOW_PRIVATE_PEERS: 'true' };
    stacks = await Promise.all(['hub', 'steady', 'doomed'].map((name, i) => startStack({ layout: 'all', databaseUrl: dbs[i]!.url, env: { ...env, REGISTRY_NAME: name } })));
  });
  after(async () => {
    await Promise.all((stacks ?? []).map((s) => s.stop()));
    await Promise.all((dbs ?? []).map((d) => d.drop()));
  });

  it('answers within one deadline: the live peer’s results, the dead peer marked', async () => {
    const [hub, steady, doomed] = stacks.map((s) => registryActors(s.baseUrl)) as [ReturnType<typeof registryActors>, ReturnType<typeof registryActors>, ReturnType<typeof registryActors>];
    // The hub peers with both; each peer with the hub, so it answers the hub's signed queries.
    for (const [from, to, name] of [
      [hub, steady, 'steady'],
      [hub, doomed, 'doomed'],
      [steady, hub, 'hub'],
      [doomed, hub, 'hub'],
    ] as const) {
      const reg = await from.http('POST', '/api/v1/federation/peers/', { token: await from.admin(), json: { name, base_url: to.baseUrl, admin_contact_email: 'ops@peers.test', discovery_auth_info: {} } });
      assert.equal(reg.status, 201, reg.text);
      assert.equal((await from.http('POST', `/api/v1/admin/federation/peers/${reg.body.id}/approve`, { token: await from.admin() })).status, 200);
    }
    await steady.agent('Tidal cartographer steady');
    await doomed.agent('Tidal cartographer doomed');
    const healthy = await hub.http('GET', '/api/v1/federation/search?search=tidal%20cartographer&include_federated=true');
    assert.deepEqual(healthy.body.items.map((i: { registry: string }) => i.registry).sort(), ['doomed', 'steady']);

    // Frozen first, so the hub's query to it cannot be answered; then killed while the search waits.
    const victim = stacks[2]!.processes[0]!.child;
    victim.kill('SIGSTOP');
    const started = Date.now();
    const search = hub.http('GET', '/api/v1/federation/search?search=tidal%20cartographer&include_federated=true');
    victim.kill('SIGKILL');
    const res = await search;
    const took = Date.now() - started;

    assert.equal(res.status, 200, res.text);
    assert.ok(took < DEADLINE_MS + 1000, `the search took ${took} ms`);
    assert.deepEqual(res.body.items.map((i: { registry: string }) => i.registry), ['steady']);
    const outcomes = Object.fromEntries(res.body.federation.map((f: { peer: string; outcome: string }) => [f.peer, f.outcome]));
    assert.equal(outcomes.steady, 'ok');
    assert.notEqual(outcomes.doomed, 'ok');
    assert.ok(outcomes.doomed, JSON.stringify(res.body.federation));
  });
});
