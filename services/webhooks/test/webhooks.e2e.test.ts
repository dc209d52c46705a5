import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { openDatabase, type Database } from '@agentvault/db';
import { connectNatsBus, type Bus, type DomainEvent } from '@agentvault/events';
import {
  TEST_NATS_URL, createTestDatabase, httpClient, startPrivateNats, startStack, stopProcess, uniqueSuffix, waitFor,
  type PrivateNats,
  type HttpRequest, type Stack, type TestDatabase,
} from '@agentvault/testing';
import { startReceiver, type Received, type Receiver } from './receiver.js';

const PASSWORD = 'Corr3ct-Horse!';
const UNIT_SCHEDULE = [1, 5, 15, 60, 360];

interface Developer {
  token: string;
  id: string;
}

async function newDeveloper(http: HttpRequest): Promise<Developer> {
  const email = `wh-${uniqueSuffix()}@example.com`;
  const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Hooks' } });
  assert.equal(reg.status, 201, reg.text);
  const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
  assert.equal(login.status, 200, login.text);
  return { token: login.body.access_token, id: reg.body.developer.id };
}

async function newAgent(http: HttpRequest, dev: Developer, name = 'Hook Bot'): Promise<string> {
  const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: dev.token, json: {} });
  assert.equal(bst.status, 200, bst.text);
  const created = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name } } });
  assert.equal(created.status, 201, created.text);
  return created.body.agent_did;
}

async function createWebhook(http: HttpRequest, dev: Developer, url: string, events: string[]) {
  const res = await http('POST', '/api/v1/developers/webhooks', { token: dev.token, json: { url, events } });
  assert.equal(res.status, 201, res.text);
  return res.body as { id: string; secret: string; url: string; events: string[]; active: boolean };
}

function ledgerEvent(type: string, subject: string, data: Record<string, unknown>): DomainEvent {
  return { id: randomUUID(), type, source: 'ledger', subject, occurredAt: new Date().toISOString(), data };
}

/**
 * Events injected on the bus can overtake identity's agent.created (its relay publishes after the
 * commit), so a test waits until the webhooks service has recorded who owns the agent.
 */
async function untilOwnerKnown(database: Database, did: string): Promise<void> {
  await waitFor(async () => !!(await database.db.selectFrom('agent_owners').select('agent_did').where('agent_did', '=', did).executeTakeFirst()), {
    timeoutMs: 15_000,
    what: `the webhooks service to learn the owner of ${did}`,
  });
}

const envelopeOf = (r: Received) => JSON.parse(r.body);
const on = (receiver: Receiver, p: string) => receiver.received.filter((r) => r.path === p);

/** Both signatures of a received delivery, checked by hand and by the standardwebhooks library. */
function assertSigned(r: Received, secret: string) {
  const expected = createHmac('sha256', secret).update(r.body, 'utf8').digest('hex');
  assert.equal(r.headers['x-theprotocol-signature'], expected, 'X-TheProtocol-Signature is the hex HMAC-SHA256 of the body');
  const verified = new StandardWebhook(secret).verify(r.body, {
    'webhook-id': String(r.headers['webhook-id']),
    'webhook-timestamp': String(r.headers['webhook-timestamp']),
    'webhook-signature': String(r.headers['webhook-signature']),
  });
  assert.deepEqual(verified, JSON.parse(r.body));
  assert.equal(r.headers['user-agent'], 'TheProtocol-Webhook/1.0');
  assert.equal(r.headers['content-type'], 'application/json');
  const envelope = JSON.parse(r.body);
  assert.equal(r.headers['x-theprotocol-event'], envelope.event);
  assert.equal(r.headers['x-theprotocol-delivery-id'], envelope.id);
  assert.equal(r.headers['webhook-id'], envelope.id);
}

function assertProblem(res: { status: number; headers: Headers; body: any }, status: number) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(res.body.status, status);
  assert.equal(res.body.error.detail, res.body.detail);
}

describe('webhooks end to end through the gateway (one process per service)', function () {
  // Starting ten processes one after another takes about 45 s on a quiet 2-core machine.
  this.timeout(240_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;
  let bus: Bus;
  let receiver: Receiver;
  let webhooksDb: Database;

  before(async () => {
    db = await createTestDatabase('av_webhooks_e2e');
    receiver = await startReceiver();
    stack = await startStack({
      layout: 'split',
      databaseUrl: db.url,
      env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_UNIT_MS: '1000', WEBHOOK_TIMEOUT_MS: '3000', WEBHOOK_POLL_MS: '250' },
    });
    http = httpClient(stack.baseUrl);
    bus = await connectNatsBus({ url: TEST_NATS_URL, stream: stack.env.NATS_STREAM, subjectPrefix: stack.env.NATS_SUBJECT_PREFIX, name: 'webhooks-e2e' });
    webhooksDb = await openDatabase({ url: db.url, schema: 'webhooks', poolSize: 2 });
  });
  after(async () => {
    await webhooksDb?.close();
    await bus?.close();
    await stack?.stop();
    await receiver?.close();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-8000));
  });

  /** Restarts the webhooks process with extra settings and waits until the gateway reaches it. */
  async function restartWebhooks(signal: NodeJS.Signals, env: Record<string, string> = {}) {
    await stack.restart('webhooks', { signal, env });
    await waitFor(async () => (await http('GET', '/api/v1/webhooks/events')).status === 200, { timeoutMs: 15_000, what: 'the gateway to reach webhooks again' });
  }

  it('publishes the event catalogue (public) and documents the API', async () => {
    // The whole catalogue, page by page (it is longer than one page).
    const names: string[] = [];
    let total = 0;
    do {
      const res = await http('GET', `/api/v1/webhooks/events?limit=100&offset=${names.length}`);
      assert.equal(res.status, 200, res.text);
      total = res.body.total;
      names.push(...res.body.items.map((e: any) => e.name));
      if (res.body.items.length === 0) break;
    } while (names.length < total);
    for (const name of ['agent.created', 'api_key.created', 'transaction.completed', 'agent.suspended', 'reputation.changed', 'test.ping', 'webhook.retry_exhausted', 'service.called']) {
      assert.ok(names.includes(name), name);
    }
    assert.equal(total, names.length);
    const doc = await http('GET', '/openapi.json');
    for (const p of ['/api/v1/developers/webhooks', '/api/v1/developers/webhooks/{id}', '/api/v1/developers/webhooks/{id}/test', '/api/v1/developers/webhooks/{id}/deliveries', '/api/v1/webhooks/events']) {
      assert.ok(doc.body.paths[p], p);
    }
  });

  it('creates a webhook (secret shown once) and delivers agent.created, signed both ways', async () => {
    const dev = await newDeveloper(http);
    const hook = await createWebhook(http, dev, `${receiver.url}/created`, ['agent.created', 'transaction.completed']);
    assert.match(hook.secret, /^whsec_[A-Za-z0-9+/]+=*$/);
    assert.equal(hook.active, true);
    assert.deepEqual(hook.events, ['agent.created', 'transaction.completed']);

    const list = await http('GET', '/api/v1/developers/webhooks', { token: dev.token });
    assert.equal(list.status, 200);
    assert.equal(list.body.total, 1);
    assert.equal(list.body.items[0].id, hook.id);
    assert.ok(!list.text.includes(hook.secret) && !('secret' in list.body.items[0]), 'no secret in the list');
    const one = await http('GET', `/api/v1/developers/webhooks/${hook.id}`, { token: dev.token });
    assert.ok(!one.text.includes('whsec_'));

    // An API key works too.
    const key = await http('POST', '/api/v1/auth/api-keys', { token: dev.token, json: {} });
    const viaKey = await http('GET', '/api/v1/developers/webhooks', { headers: { 'X-Api-Key': key.body.plain_api_key } });
    assert.equal(viaKey.status, 200, viaKey.text);
    assert.equal(viaKey.body.total, 1);

    const did = await newAgent(http, dev, 'Signed Bot');
    const [got] = await waitFor(() => {
      const hits = on(receiver, '/created').filter((r) => envelopeOf(r).event === 'agent.created');
      return hits.length > 0 ? hits : undefined;
    }, { timeoutMs: 15_000, what: 'agent.created at the receiver' });
    assertSigned(got!, hook.secret);
    const envelope = envelopeOf(got!);
    assert.deepEqual(Object.keys(envelope).sort(), ['agent_did', 'data', 'event', 'id', 'timestamp']);
    assert.equal(envelope.agent_did, did);
    assert.equal(envelope.data.agent_did, did);
    assert.equal(envelope.data.developer_id, dev.id);
    assert.equal(envelope.data.agent_card_name, 'Signed Bot');
    assert.ok(!Number.isNaN(Date.parse(envelope.timestamp)));
  });

  it("delivers a transfer to both sides' owners, each with its own agent_did", async () => {
    const alice = await newDeveloper(http);
    const bob = await newDeveloper(http);
    const aliceHook = await createWebhook(http, alice, `${receiver.url}/alice`, ['transaction.completed']);
    const bobHook = await createWebhook(http, bob, `${receiver.url}/bob`, ['transaction.completed']);
    const aliceAgent = await newAgent(http, alice);
    const bobAgent = await newAgent(http, bob);
    await untilOwnerKnown(webhooksDb, aliceAgent);
    await untilOwnerKnown(webhooksDb, bobAgent);
    const transfer = ledgerEvent('transaction.completed', aliceAgent, {
      transaction_id: randomUUID(), sender_agent_id: aliceAgent, receiver_agent_id: bobAgent, amount: '12.500000000000000000', fee_amount: '0.010000000000000000', message: 'thanks',
    });
    await bus.publish(transfer);
    await waitFor(() => on(receiver, '/alice').length > 0 && on(receiver, '/bob').length > 0, { timeoutMs: 15_000, what: 'the transfer at both receivers' });
    const a = on(receiver, '/alice')[0]!;
    const b = on(receiver, '/bob')[0]!;
    assertSigned(a, aliceHook.secret);
    assertSigned(b, bobHook.secret);
    assert.equal(envelopeOf(a).agent_did, aliceAgent);
    assert.equal(envelopeOf(b).agent_did, bobAgent);
    assert.deepEqual(envelopeOf(a).data, transfer.data);
    assert.notEqual(envelopeOf(a).id, envelopeOf(b).id);
  });

  it('test-fires test.ping and keeps the history: response codes, body excerpts, retries', async () => {
    const dev = await newDeveloper(http);
    const hook = await createWebhook(http, dev, `${receiver.url}/ping`, ['agent.funded']);
    let first = true;
    receiver.respond = (req) => {
      if (req.path === '/ping' && first) {
        first = false;
        return { status: 500, body: 'boom: not ready yet' };
      }
      return { status: 200, body: 'ok' };
    };
    const fired = await http('POST', `/api/v1/developers/webhooks/${hook.id}/test`, { token: dev.token });
    assert.equal(fired.status, 202, fired.text);
    assert.equal(fired.body.event, 'test.ping');
    assert.equal(fired.body.status, 'pending');
    const deliveryId = fired.body.id;

    const history = await waitFor(async () => {
      const res = await http('GET', `/api/v1/developers/webhooks/${hook.id}/deliveries`, { token: dev.token });
      return res.body.items?.[0]?.status === 'delivered' ? res : undefined;
    }, { timeoutMs: 15_000, what: 'the test.ping delivered after one retry' });
    const item = history.body.items[0];
    assert.equal(item.id, deliveryId);
    assert.equal(item.attempts, 2);
    assert.equal(item.response_status, 200);
    assert.equal(item.error, null);
    assert.deepEqual(item.attempt_log.map((a: any) => [a.attempt, a.response_status, a.response_body_excerpt]), [[1, 500, 'boom: not ready yet'], [2, 200, 'ok']]);
    assert.equal(item.attempt_log[0].error, 'HTTP 500');
    const retryGap = Date.parse(item.attempt_log[1].attempted_at) - Date.parse(item.attempt_log[0].attempted_at);
    assert.ok(retryGap >= 950, `retried a unit (1 s) later, not after ${retryGap} ms`);
    assert.equal(JSON.parse(item.request_body_excerpt).event, 'test.ping');
    const pings = on(receiver, '/ping');
    assert.equal(pings.length, 2);
    assert.equal(pings[0]!.headers['webhook-id'], pings[1]!.headers['webhook-id'], 'a retry keeps its webhook-id');
    assert.equal(pings[0]!.body, pings[1]!.body, 'and its body');
    pings.forEach((p) => assertSigned(p, hook.secret));

    await http('POST', `/api/v1/developers/webhooks/${hook.id}/test`, { token: dev.token });
    await waitFor(() => on(receiver, '/ping').length === 3, { what: 'the second ping' });
    const page = await http('GET', `/api/v1/developers/webhooks/${hook.id}/deliveries?limit=1&offset=1`, { token: dev.token });
    assert.equal(page.status, 200);
    assert.equal(page.body.total, 2);
    assert.equal(page.body.items.length, 1);
    assert.equal(page.body.items[0].id, deliveryId, 'newest first');
    const filtered = await http('GET', `/api/v1/developers/webhooks/${hook.id}/deliveries?status=failed`, { token: dev.token });
    assert.equal(filtered.body.total, 0);
  });

  it('refuses unknown events (400 listing them), the 11th webhook, and another developer\'s webhook (404)', async () => {
    const dev = await newDeveloper(http);
    const unknown = await http('POST', '/api/v1/developers/webhooks', { token: dev.token, json: { url: `${receiver.url}/x`, events: ['agent.created', 'agent.teleported', 'money.printed'] } });
    assertProblem(unknown, 400);
    assert.deepEqual(unknown.body.error.context.unknown_events, ['agent.teleported', 'money.printed']);
    assert.match(unknown.body.detail, /agent\.teleported, money\.printed/);
    assertProblem(await http('POST', '/api/v1/developers/webhooks', { token: dev.token, json: { url: `${receiver.url}/x`, events: [] } }), 422);
    assertProblem(await http('POST', '/api/v1/developers/webhooks', { token: dev.token, json: { url: 'ftp://example.com/x', events: ['agent.created'] } }), 422);
    assertProblem(await http('POST', '/api/v1/developers/webhooks', { json: { url: `${receiver.url}/x`, events: ['agent.created'] } }), 401);

    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) ids.push((await createWebhook(http, dev, `${receiver.url}/cap/${i}`, ['agent.created'])).id);
    const eleventh = await http('POST', '/api/v1/developers/webhooks', { token: dev.token, json: { url: `${receiver.url}/cap/10`, events: ['agent.created'] } });
    assertProblem(eleventh, 409);
    assert.match(eleventh.body.detail, /at most 10 webhooks/);

    const other = await newDeveloper(http);
    const target = ids[0]!;
    assertProblem(await http('GET', `/api/v1/developers/webhooks/${target}`, { token: other.token }), 404);
    assertProblem(await http('PUT', `/api/v1/developers/webhooks/${target}`, { token: other.token, json: { active: false } }), 404);
    assertProblem(await http('DELETE', `/api/v1/developers/webhooks/${target}`, { token: other.token }), 404);
    assertProblem(await http('POST', `/api/v1/developers/webhooks/${target}/test`, { token: other.token }), 404);
    assertProblem(await http('GET', `/api/v1/developers/webhooks/${target}/deliveries`, { token: other.token }), 404);
    assert.equal((await http('GET', '/api/v1/developers/webhooks', { token: other.token })).body.total, 0);
    assertProblem(await http('GET', '/api/v1/developers/webhooks/not-a-uuid', { token: dev.token }), 404);

    // Update and delete, by the owner.
    const updated = await http('PUT', `/api/v1/developers/webhooks/${target}`, { token: dev.token, json: { events: ['agent.suspended', 'agent.created'], active: false } });
    assert.equal(updated.status, 200, updated.text);
    assert.deepEqual(updated.body.events, ['agent.created', 'agent.suspended']);
    assert.equal(updated.body.active, false);
    assertProblem(await http('PUT', `/api/v1/developers/webhooks/${target}`, { token: dev.token, json: { events: ['nope.nope'] } }), 400);
    assertProblem(await http('PUT', `/api/v1/developers/webhooks/${target}`, { token: dev.token, json: {} }), 422);
    const deleted = await http('DELETE', `/api/v1/developers/webhooks/${target}`, { token: dev.token });
    assert.equal(deleted.status, 204);
    assertProblem(await http('GET', `/api/v1/developers/webhooks/${target}`, { token: dev.token }), 404);
    // A slot is free again.
    await createWebhook(http, dev, `${receiver.url}/cap/again`, ['agent.created']);
  });

  it('loses nothing and sends nothing twice when the webhooks process is killed with retries pending', async () => {
    const dev = await newDeveloper(http);
    const hook = await createWebhook(http, dev, `${receiver.url}/kill`, ['transaction.completed']);
    const agent = await newAgent(http, dev);
    await untilOwnerKnown(webhooksDb, agent);
    let failing = true;
    receiver.respond = (req) => (req.path === '/kill' && failing ? { status: 503, body: 'down for maintenance' } : { status: 200, body: 'ok' });
    const transfer = () => ledgerEvent('transaction.completed', agent, { transaction_id: randomUUID(), sender_agent_id: agent, receiver_agent_id: 'did:agentvault:elsewhere', amount: '1', fee_amount: '0', message: null });

    const before = [transfer(), transfer(), transfer(), transfer()];
    for (const e of before) await bus.publish(e);
    const txOf = (r: Received) => envelopeOf(r).data.transaction_id;
    await waitFor(() => new Set(on(receiver, '/kill').map(txOf)).size === before.length, { timeoutMs: 15_000, what: 'a failed first attempt of each' });
    await waitFor(async () => {
      const res = await http('GET', `/api/v1/developers/webhooks/${hook.id}/deliveries?limit=100`, { token: dev.token });
      return res.body.items?.length === before.length && res.body.items.every((d: any) => d.status === 'pending' && d.attempts >= 1 && d.next_attempt_at);
    }, { what: 'the failures recorded and the retries scheduled' });
    // Each now waits for its retry, a unit (1 s) later, in the database.
    await stopProcess(stack.processes.filter((p) => p.name === 'webhooks').at(-1)!, 'SIGKILL');

    const whileDown = [transfer(), transfer(), transfer()];
    for (const e of whileDown) await bus.publish(e);
    failing = false;
    await restartWebhooks('SIGKILL');

    const all = [...before, ...whileDown].map((e) => e.data.transaction_id);
    const successes = () => on(receiver, '/kill').filter((r) => r.status === 200);
    await waitFor(() => new Set(successes().map(txOf)).size === all.length, { timeoutMs: 20_000, what: 'every delivery after the restart' });
    const history = await waitFor(async () => {
      const res = await http('GET', `/api/v1/developers/webhooks/${hook.id}/deliveries?limit=100`, { token: dev.token });
      return res.body.items?.length === all.length && res.body.items.every((d: any) => d.status === 'delivered') ? res : undefined;
    }, { what: 'the history to show every delivery delivered' });
    const count = new Map<string, number>();
    for (const r of successes()) count.set(txOf(r), (count.get(txOf(r)) ?? 0) + 1);
    assert.deepEqual([...count.values()], all.map(() => 1), 'each delivered exactly once');
    for (const r of on(receiver, '/kill')) assertSigned(r, hook.secret);
    // The ones that had failed were sent again after the restart (an attempt cut short by the kill
    // may go unrecorded: its claim then expires and the delivery is sent again, still once with success).
    for (const e of before) assert.ok(on(receiver, '/kill').filter((r) => txOf(r) === e.data.transaction_id).length >= 2, 'retried after the restart');
    for (const e of whileDown) assert.equal(on(receiver, '/kill').filter((r) => txOf(r) === e.data.transaction_id).length, 1);
    assert.equal(history.body.total, all.length);
  });

  it('refuses loopback targets when WEBHOOK_ALLOW_PRIVATE_TARGETS is false, on subscription and on delivery', async () => {
    const dev = await newDeveloper(http);
    const hook = await createWebhook(http, dev, `${receiver.url}/strict`, ['agent.created']);
    await restartWebhooks('SIGTERM', { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' });

    for (const url of [`${receiver.url}/strict`, 'http://localhost:9/', 'http://[::1]:9/', 'http://169.254.169.254/latest/meta-data/']) {
      const refused = await http('POST', '/api/v1/developers/webhooks', { token: dev.token, json: { url, events: ['agent.created'] } });
      assertProblem(refused, 422);
      assert.equal(refused.body.error.field, 'url');
      assert.match(refused.body.detail, /loopback|link-local/);
    }
    // The webhook stored while private targets were allowed: the delivery is refused before any connection.
    const fired = await http('POST', `/api/v1/developers/webhooks/${hook.id}/test`, { token: dev.token });
    assert.equal(fired.status, 202);
    const history = await waitFor(async () => {
      const res = await http('GET', `/api/v1/developers/webhooks/${hook.id}/deliveries`, { token: dev.token });
      return res.body.items?.[0]?.attempts >= 1 ? res : undefined;
    }, { timeoutMs: 15_000, what: 'the refused attempt' });
    assert.equal(history.body.items[0].attempt_log[0].response_status, null);
    assert.match(history.body.items[0].attempt_log[0].error, /target refused: 127\.0\.0\.1 is a loopback address/);
    assert.equal(on(receiver, '/strict').length, 0);
  });
});

// ── a registry with its own NATS server, which the test stops and starts ───────

function waitForPort(port: number, up: boolean) {
  return waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = netConnect(port, '127.0.0.1');
        socket.once('connect', () => (socket.destroy(), resolve(up)));
        socket.once('error', () => resolve(!up));
      }),
    { timeoutMs: 15_000, intervalMs: 50, what: `port ${port} ${up ? 'open' : 'closed'}` },
  );
}

describe('webhooks end to end: retry schedule, auto-disable, NATS outage (--target=all)', function () {
  this.timeout(90_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;
  let bus: Bus;
  let receiver: Receiver;
  let nats: PrivateNats | undefined;
  let webhooksDb: Database;
  let natsPort: number | undefined;
  let natsDir: string;
  const unit = 10;

  /** Starts the private NATS, on the port it had before when it is a restart. */
  async function startNats(): Promise<void> {
    nats = await startPrivateNats(natsDir, natsPort);
    natsPort = nats.port;
  }
  async function killNats(): Promise<void> {
    await nats!.kill();
    await waitForPort(natsPort!, false);
  }

  before(async () => {
    natsDir = mkdtempSync(path.join(tmpdir(), 'av-nats-'));
    await startNats();
    db = await createTestDatabase('av_webhooks_e2e2');
    receiver = await startReceiver();
    stack = await startStack({
      layout: 'all',
      databaseUrl: db.url,
      env: { NATS_URL: `nats://127.0.0.1:${natsPort}`, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_UNIT_MS: String(unit), WEBHOOK_TIMEOUT_MS: '2000' },
    });
    http = httpClient(stack.baseUrl);
    bus = await connectNatsBus({ url: `nats://127.0.0.1:${natsPort}`, stream: stack.env.NATS_STREAM, subjectPrefix: stack.env.NATS_SUBJECT_PREFIX, name: 'webhooks-e2e-outage' });
    webhooksDb = await openDatabase({ url: db.url, schema: 'webhooks', poolSize: 2 });
  });
  after(async () => {
    await webhooksDb?.close();
    await bus?.close();
    await stack?.stop();
    await nats?.kill();
    await receiver?.close();
    await db?.drop();
    rmSync(natsDir, { recursive: true, force: true });
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-8000));
  });

  it('retries on the 1-5-15-60-360 schedule, disables the webhook after 10 consecutive failures and emits webhook.retry_exhausted', async () => {
    const dev = await newDeveloper(http);
    const agent = await newAgent(http, dev);
    await untilOwnerKnown(webhooksDb, agent);
    const failingHook = await createWebhook(http, dev, `${receiver.url}/fail`, ['transaction.completed']);
    const opsHook = await createWebhook(http, dev, `${receiver.url}/ops`, ['webhook.retry_exhausted']);
    receiver.respond = (req) => (req.path === '/fail' ? { status: 500, body: 'nope' } : { status: 200, body: 'ok' });
    const transfer = () => ledgerEvent('transaction.completed', agent, { transaction_id: randomUUID(), sender_agent_id: agent, receiver_agent_id: 'did:agentvault:peer', amount: '2', fee_amount: '0', message: null });

    // One delivery: six attempts, each retry the scheduled number of units after the failure before it.
    await bus.publish(transfer());
    await waitFor(() => on(receiver, '/fail').length === 6, { timeoutMs: 20_000, what: 'six attempts' });
    const times = on(receiver, '/fail').map((r) => r.receivedAt);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    gaps.forEach((gap, i) => {
      const expected = UNIT_SCHEDULE[i]! * unit;
      assert.ok(gap >= expected - 3 && gap < expected + 1500, `retry ${i + 1} came ${gap} ms after the failure before it, expected ${expected} ms`);
    });
    assert.equal(new Set(on(receiver, '/fail').map((r) => r.headers['webhook-id'])).size, 1);
    const first = await waitFor(async () => {
      const res = await http('GET', `/api/v1/developers/webhooks/${failingHook.id}/deliveries`, { token: dev.token });
      return res.body.items?.[0]?.status === 'failed' ? res.body.items[0] : undefined;
    }, { what: 'the delivery failed for good' });
    assert.equal(first.attempts, 6);
    assert.ok(first.attempt_log.every((a: any) => a.response_status === 500 && a.response_body_excerpt === 'nope'));
    const stillOn = await http('GET', `/api/v1/developers/webhooks/${failingHook.id}`, { token: dev.token });
    assert.equal(stillOn.body.active, true);
    assert.equal(stillOn.body.consecutive_failures, 6);

    // A second delivery: its fourth failure is the tenth in a row.
    await bus.publish(transfer());
    const exhausted = await waitFor(() => on(receiver, '/ops')[0], { timeoutMs: 20_000, what: 'webhook.retry_exhausted' });
    assertSigned(exhausted, opsHook.secret);
    const envelope = envelopeOf(exhausted);
    assert.equal(envelope.event, 'webhook.retry_exhausted');
    assert.equal(envelope.agent_did, null);
    assert.equal(envelope.data.webhook_id, failingHook.id);
    assert.equal(envelope.data.developer_id, dev.id);
    assert.equal(envelope.data.consecutive_failures, 10);
    assert.equal(envelope.data.last_response_status, 500);
    const off = await http('GET', `/api/v1/developers/webhooks/${failingHook.id}`, { token: dev.token });
    assert.equal(off.body.active, false);
    assert.equal(off.body.disabled_reason, 'retry_exhausted');
    assert.equal(off.body.consecutive_failures, 10);
    assert.equal(on(receiver, '/fail').length, 10, 'no attempt after the tenth failure');
    const second = (await http('GET', `/api/v1/developers/webhooks/${failingHook.id}/deliveries?limit=1`, { token: dev.token })).body.items[0];
    assert.equal(second.status, 'cancelled');
    assert.equal(second.attempts, 4);

    // A disabled webhook gets nothing new; once turned on again it does.
    const marker = await createWebhook(http, dev, `${receiver.url}/marker`, ['transaction.completed']);
    await bus.publish(transfer());
    await waitFor(() => on(receiver, '/marker').length === 1, { what: 'the marker webhook' });
    assert.equal(on(receiver, '/fail').length, 10);
    const on_ = await http('PUT', `/api/v1/developers/webhooks/${failingHook.id}`, { token: dev.token, json: { active: true } });
    assert.equal(on_.body.active, true);
    assert.equal(on_.body.consecutive_failures, 0);
    assert.equal(on_.body.disabled_reason, null);
    receiver.respond = () => ({ status: 200, body: 'ok' });
    await bus.publish(transfer());
    await waitFor(() => on(receiver, '/fail').some((r) => r.status === 200), { what: 'a delivery to the re-enabled webhook' });
    assert.ok(marker.id);
  });

  it('loses nothing while NATS is down, and delivers each event once when it is back', async () => {
    const dev = await newDeveloper(http);
    const hook = await createWebhook(http, dev, `${receiver.url}/outage`, ['agent.created']);
    const firstAgent = await newAgent(http, dev, 'Before');
    await waitFor(() => on(receiver, '/outage').length === 1, { timeoutMs: 15_000, what: 'the first agent.created' });

    await killNats();
    // Onboarding goes on: identity's outbox holds the events. Scheduled deliveries go on too.
    const during = [await newAgent(http, dev, 'During 1'), await newAgent(http, dev, 'During 2')];
    const ping = await http('POST', `/api/v1/developers/webhooks/${hook.id}/test`, { token: dev.token });
    assert.equal(ping.status, 202, ping.text);
    await waitFor(() => on(receiver, '/outage').some((r) => envelopeOf(r).event === 'test.ping'), { timeoutMs: 10_000, what: 'a test.ping while NATS is down' });
    assert.equal(on(receiver, '/outage').filter((r) => envelopeOf(r).event === 'agent.created').length, 1);

    await startNats();
    const createdFor = (did: string) => on(receiver, '/outage').filter((r) => envelopeOf(r).event === 'agent.created' && envelopeOf(r).agent_did === did);
    await waitFor(() => during.every((did) => createdFor(did).length > 0), { timeoutMs: 30_000, what: 'agent.created of the agents onboarded during the outage' });
    for (const did of [firstAgent, ...during]) assert.equal(createdFor(did).length, 1, `one agent.created for ${did}`);
    for (const r of on(receiver, '/outage')) assertSigned(r, hook.secret);
    const ids = on(receiver, '/outage').map((r) => r.headers['webhook-id']);
    assert.equal(new Set(ids).size, ids.length, 'no delivery twice');
  });
});
