import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@agentvault/db';
import {
  httpClient, startAgentVault, stopProcess, uniqueSuffix, waitForProcess, type HttpRequest, type RunningProcess,
} from '@agentvault/testing';

const PASSWORD = 'Corr3ct-Horse!';

/**
 * The embedded default: `agentvault` with no DATABASE_URL, NATS_URL or REDIS_URL runs on
 * PGlite under DATA_DIR with the in-process bus, and keeps its data across restarts.
 */
describe('agentvault with nothing installed (embedded PGlite and bus)', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  const running: RunningProcess[] = [];

  function tempDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'av-embedded-'));
    dirs.push(dir);
    return dir;
  }

  /** `agentvault --target=all` on DATA_DIR, ready to serve; no server URLs in its environment. */
  async function startEmbedded(dataDir: string): Promise<{ proc: RunningProcess; http: HttpRequest }> {
    const env = {
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX_BYPASS_RATE_LIMIT: 'true',
      LOG_LEVEL: 'warn',
    };
    const proc = startAgentVault('agentvault --target=all (embedded)', ['--target=all'], env);
    running.push(proc);
    const { ports } = await waitForProcess(proc, 45_000);
    return { proc, http: httpClient(`http://127.0.0.1:${ports.http}`) };
  }

  /** Runs a one-shot command to its end. */
  async function runToExit(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    const proc = startAgentVault(`agentvault ${args.join(' ')}`, args, env);
    running.push(proc);
    const timer = setTimeout(() => proc.child.kill('SIGKILL'), 45_000);
    const code = await proc.exited;
    clearTimeout(timer);
    return { code, output: proc.output.join('') };
  }

  after(async () => {
    for (const proc of running) await stopProcess(proc, 'SIGKILL', 5000);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') for (const p of running) console.error(`── ${p.name} ──\n${p.output.join('').slice(-4000)}`);
  });

  it('onboards over HTTP, shuts down cleanly on SIGTERM and keeps everything across a restart', async () => {
    const dataDir = tempDir();
    const first = await startEmbedded(dataDir);
    let http = first.http;

    const ready = await http('GET', '/ready');
    assert.equal(ready.status, 200, ready.text);

    // register → login → API key → bootstrap → create_agent → agent token → /agents/me
    const email = `embedded-${uniqueSuffix()}@example.com`;
    const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Embedded Dev' } });
    assert.equal(reg.status, 201, reg.text);
    assert.equal(reg.body.recovery_keys.length, 8);
    const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
    assert.equal(login.status, 200, login.text);
    const devToken: string = login.body.access_token;

    const key = await http('POST', '/api/v1/auth/api-keys', { token: devToken, json: { description: 'embedded smoke' } });
    assert.equal(key.status, 201, key.text);
    const apiKey: string = key.body.plain_api_key;
    assert.match(apiKey, /^avreg_[0-9a-f]{64}$/);

    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: apiKey, json: { agent_type_hint: 'assistant' } });
    assert.equal(bst.status, 200, bst.text);
    const created = await http('POST', '/api/v1/onboard/create_agent', {
      headers: { 'Bootstrap-Token': bst.body.bootstrap_token },
      json: { agent_card: { name: 'Embedded Bot', description: 'Runs on PGlite', skills: [{ id: 'smoke' }] } },
    });
    assert.equal(created.status, 201, created.text);
    const did: string = created.body.agent_did;
    assert.match(did, /^did:agentvault:[0-9a-f]{32}$/);

    const agentToken = await http('POST', '/api/v1/auth/agent/token', { form: { client_id: created.body.client_id, client_secret: created.body.client_secret } });
    assert.equal(agentToken.status, 200, agentToken.text);
    const me = await http('GET', '/api/v1/agents/me', { token: agentToken.body.access_token });
    assert.equal(me.status, 200, me.text);
    assert.equal(me.body.did, did);
    assert.equal(me.body.agent_card.name, 'Embedded Bot');
    const jwksBefore = (await http('GET', '/.well-known/jwks.json')).body;

    assert.equal(await stopProcess(first.proc), 0, `SIGTERM exits 0:\n${first.proc.output.join('').slice(-3000)}`);
    assert.ok(existsSync(path.join(dataDir, 'pglite')), 'the data lives under DATA_DIR/pglite');

    // Same DATA_DIR again: the developer, the key, the agent and the signing key are all still there.
    const second = await startEmbedded(dataDir);
    http = second.http;
    const again = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
    assert.equal(again.status, 200, again.text);
    const byDid = await http('GET', `/api/v1/agents/by-did/${did}`);
    assert.equal(byDid.status, 200, byDid.text);
    assert.equal(byDid.body.did, did);
    assert.equal(byDid.body.agent_card.name, 'Embedded Bot');
    assert.equal((await http('GET', '/api/v1/developers/me', { token: apiKey })).status, 200, 'the API key still works');
    assert.equal((await http('GET', '/api/v1/developers/me', { token: devToken })).status, 200, 'a token issued before the restart still verifies');
    assert.deepEqual((await http('GET', '/.well-known/jwks.json')).body, jwksBefore);
    const agentAgain = await http('POST', '/api/v1/auth/agent/token', { form: { client_id: created.body.client_id, client_secret: created.body.client_secret } });
    assert.equal(agentAgain.status, 200, agentAgain.text);
    const reused = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name: 'Again' } } });
    assert.equal(reused.status, 409, 'the spent bootstrap token stays spent');
    assert.equal(await stopProcess(second.proc), 0, `SIGTERM exits 0:\n${second.proc.output.join('').slice(-3000)}`);

    // With the process gone, the embedded event log shows each event once and the outbox drained.
    const identity = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), schema: 'identity' });
    const eventbus = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), schema: 'eventbus' });
    try {
      const pending = await identity.db.selectFrom('outbox').select('id').where('published_at', 'is', null).execute();
      assert.equal(pending.length, 0, 'the outbox was published before shutdown');
      // Only identity's events: other services (the ledger's genesis mint) share the log.
      const log = await eventbus.db.selectFrom('bus_log').select(['id', 'subject']).where('subject', 'like', 'agentvault.identity.%').orderBy('seq').execute();
      const outbox = await identity.db.selectFrom('outbox').select(['id', 'type']).orderBy('seq').execute();
      assert.deepEqual(outbox.map((r) => r.type), ['developer.registered', 'api_key.created', 'agent.created']);
      assert.deepEqual(log.map((r) => r.id), outbox.map((r) => r.id));
      assert.deepEqual(log.map((r) => r.subject), outbox.map((r) => `agentvault.identity.${r.type}`));
    } finally {
      await eventbus.close();
      await identity.close();
    }
  });

  it('runs two registries side by side on one machine with nothing but their own DATA_DIR (no fixed ports)', async () => {
    const [a, b] = await Promise.all([startEmbedded(tempDir()), startEmbedded(tempDir())]);
    for (const registry of [a, b]) {
      const ready = await registry.http('GET', '/ready');
      assert.equal(ready.status, 200, ready.text);
    }
    // Each has its own data: a developer registered on one is unknown to the other.
    const email = `side-by-side-${uniqueSuffix()}@example.com`;
    assert.equal((await a.http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'A' } })).status, 201);
    assert.equal((await b.http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } })).status, 401);
    assert.equal((await b.http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'B' } })).status, 201);
    await Promise.all([stopProcess(a.proc), stopProcess(b.proc)]);
  });

  it('`agentvault migrate` on a fresh DATA_DIR applies the migrations and exits 0, and again as a no-op', async () => {
    const dataDir = tempDir();
    const first = await runToExit(['migrate'], { DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, /0001_identity_initial/);
    assert.ok(readdirSync(path.join(dataDir, 'pglite')).length > 0);
    const second = await runToExit(['migrate'], { DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    assert.equal(second.code, 0, second.output);
    assert.doesNotMatch(second.output, /0001_identity_initial/);
  });

  it('refuses an unknown target with a usage message and a non-zero exit, before touching DATA_DIR', async () => {
    const dataDir = path.join(tempDir(), 'untouched');
    const { code, output } = await runToExit(['--target=nope'], { DATA_DIR: dataDir });
    assert.notEqual(code, 0);
    assert.match(output, /unknown target "nope"/);
    assert.match(output, /Usage: agentvault/);
    assert.match(output, /--target=all\|/);
    assert.equal(existsSync(dataDir), false);

    const command = await runToExit(['frobnicate'], { DATA_DIR: dataDir });
    assert.notEqual(command.code, 0);
    assert.match(command.output, /unknown command: frobnicate/);
    assert.match(command.output, /Usage: agentvault/);
  });
});
