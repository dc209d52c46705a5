import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { migrateToLatest, openDatabase, type Database } from '@agentvault/db';
import { DomainError } from '@agentvault/errors';
import { connectNatsBus, type Bus, type DomainEvent } from '@agentvault/events';
import type { ServiceClient } from '@agentvault/grpc';
import { createLogger } from '@agentvault/observability';
import { AddressBook, databaseOpener, loadPlatformConfig, startService, type RunningService } from '@agentvault/runtime';
import { createUntypedClient } from '@agentvault/grpc';
import { webhooksContract } from '@agentvault/contracts/webhooks';
import { identityEvents } from '@agentvault/contracts/identity-events';
import { ledgerEvents } from '@agentvault/contracts/ledger-events';
import { webhooksEvents } from '@agentvault/contracts/webhooks-events';
import { CLOSED_PORT, TEST_NATS_URL, createTestDatabase, deleteStream, uniqueSuffix, waitFor, type TestDatabase } from '@agentvault/testing';
import { EventCatalogue, webhooksMigrations, webhooksModule, WEBHOOKS_CONSUMER } from '../src/index.js';

const catalogue = new EventCatalogue([...identityEvents.catalogue, ...ledgerEvents.catalogue, ...webhooksEvents.catalogue]);
import { DeliveryWorker } from '../src/domain/delivery-worker.js';
import { WebhookService } from '../src/domain/webhook-service.js';
import { envelopeBody, verifyProtocolSignature } from '../src/domain/signature.js';
import type { Logger } from '../src/domain/ports.js';
import { createSecretBox } from '../src/store/secret-box.js';
import { createDeliveryQueue, createEventConsumer, createUnitOfWork, resealWebhookSecrets } from '../src/store/webhooks-store.js';
import { HttpTransport } from '../src/transport/http-transport.js';
import { startReceiver, type Receiver } from './receiver.js';

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

function event(type: string, source: string, data: Record<string, unknown>, subject?: string): DomainEvent {
  const e: DomainEvent = { id: randomUUID(), type, source, occurredAt: new Date().toISOString(), data };
  if (subject) e.subject = subject;
  return e;
}

async function rejectsWith(promise: Promise<unknown>, kind: string, pattern?: RegExp): Promise<DomainError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof DomainError, String(err));
    assert.equal(err.kind, kind, err.message);
    if (pattern) assert.match(err.message, pattern);
    return err;
  }
  assert.fail(`expected a ${kind} error`);
}

/** The webhooks service in this process, against the real PostgreSQL and NATS JetStream. */
describe('webhooks service: events to signed deliveries (PostgreSQL + NATS)', function () {
  this.timeout(30_000);
  const suffix = uniqueSuffix();
  const stream = `AVTEST_WH_${suffix.toUpperCase()}`;
  const subjectPrefix = `avtest_wh_${suffix}`;
  let testDb: TestDatabase;
  let bus: Bus;
  let service: RunningService;
  let client: ServiceClient;
  let database: Database;
  let receiver: Receiver;

  before(async () => {
    testDb = await createTestDatabase('av_webhooks_int');
    const env = {
      DATABASE_URL: testDb.url,
      NATS_URL: TEST_NATS_URL,
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_RETRY_UNIT_MS: '20',
      WEBHOOK_TIMEOUT_MS: '2000',
      WEBHOOK_SECRETS_KEY: Buffer.alloc(32, 3).toString('base64'),
    };
    const platform = loadPlatformConfig(env);
    bus = await connectNatsBus({ url: TEST_NATS_URL, stream, subjectPrefix, name: 'webhooks-int' });
    service = await startService(webhooksModule, {
      platform, env, logger: createLogger({ target: 'test', level: 'silent' }), bus, addresses: new AddressBook(env), inProcess: true,
      openDatabase: databaseOpener(platform), catalogue: catalogue.entries, readiness: [],
    });
    client = createUntypedClient(webhooksContract, service.address!);
    database = await openDatabase({ url: testDb.url, schema: 'webhooks', poolSize: 4 });
    receiver = await startReceiver();
  });

  after(async () => {
    client?.close();
    await service?.close();
    await bus?.close();
    await receiver?.close();
    await database?.close();
    await deleteStream(stream);
    await testDb?.drop();
  });

  it('routes each event to the owners of the agents it names, once per agent, and account events to the developer', async () => {
    const alice = `dev-a-${suffix}`;
    const bob = `dev-b-${suffix}`;
    const a = await client.call<any>('CreateWebhook', { developer_id: alice, url: `${receiver.url}/alice`, events: ['agent.created', 'transaction.completed', 'api_key.created'] });
    const b = await client.call<any>('CreateWebhook', { developer_id: bob, url: `${receiver.url}/bob`, events: ['transaction.completed'] });
    assert.match(a.secret, /^whsec_/);
    // Stored sealed, not as given.
    const stored = await database.db.selectFrom('webhooks').select('secret').where('id', '=', a.webhook.id).executeTakeFirstOrThrow();
    assert.match(stored.secret, /^v1:/);

    const aliceAgent = `did:agentvault:alice${suffix}`;
    const bobAgent = `did:agentvault:bob${suffix}`;
    const stranger = `did:agentvault:stranger${suffix}`;
    const created = [
      event('agent.created', 'identity', { agent_did: aliceAgent, developer_id: alice, agent_card_id: randomUUID(), agent_card_name: 'A' }, aliceAgent),
      event('agent.created', 'identity', { agent_did: bobAgent, developer_id: bob, agent_card_id: randomUUID(), agent_card_name: 'B' }, bobAgent),
    ];
    const transfer = event('transaction.completed', 'ledger', { transaction_id: 'tx1', sender_agent_id: aliceAgent, receiver_agent_id: bobAgent, amount: '1.5', fee_amount: '0.01', message: 'hi' }, aliceAgent);
    const unknownAgent = event('transaction.completed', 'ledger', { transaction_id: 'tx2', sender_agent_id: stranger, receiver_agent_id: stranger, amount: '1', fee_amount: '0', message: null }, stranger);
    const apiKey = event('api_key.created', 'identity', { developer_id: alice, api_key_id: '7', prefix: 'avreg_12' });
    const notSubscribed = event('agent.funded', 'ledger', { agent_did: aliceAgent, amount: '5' }, aliceAgent);
    const internal = event('ledger.internal', 'ledger', { agent_did: aliceAgent });
    for (const e of [...created, transfer, unknownAgent, apiKey, notSubscribed, internal]) await bus.publish(e);

    await waitFor(() => receiver.received.length >= 4, { timeoutMs: 10_000, what: 'four deliveries' });
    const byPath = (path: string) => receiver.received.filter((r) => r.path === path).map((r) => JSON.parse(r.body));
    const aliceGot = byPath('/alice');
    const bobGot = byPath('/bob');
    assert.deepEqual(aliceGot.map((e) => e.event).sort(), ['agent.created', 'api_key.created', 'transaction.completed']);
    assert.deepEqual(bobGot.map((e) => e.event), ['transaction.completed']);
    assert.equal(aliceGot.find((e) => e.event === 'transaction.completed').agent_did, aliceAgent);
    assert.equal(bobGot[0].agent_did, bobAgent);
    assert.deepEqual(bobGot[0].data, transfer.data);
    assert.equal(aliceGot.find((e) => e.event === 'api_key.created').agent_did, null);

    // Every body is signed both ways with its webhook's secret.
    for (const r of receiver.received) {
      const secret = r.path === '/alice' ? a.secret : b.secret;
      assert.ok(verifyProtocolSignature(secret, r.body, String(r.headers['x-theprotocol-signature'])));
      assert.doesNotThrow(() => new StandardWebhook(secret).verify(r.body, r.headers as Record<string, string>));
    }
    // The schedule agrees: nothing else was scheduled for the events that concern nobody here.
    // (The receiver answers before the worker records the answer.)
    const rows = await waitFor(async () => {
      const all = await database.db.selectFrom('deliveries').select(['event_id', 'status']).execute();
      return all.every((r) => r.status === 'delivered') ? all : undefined;
    }, { what: 'every delivery recorded as delivered' });
    assert.equal(rows.length, 4);
    assert.ok(!rows.some((r) => [unknownAgent.id, notSubscribed.id, internal.id].includes(r.event_id)));
  });

  it('seals signing secrets stored in clear before sealing was the default', async () => {
    const developer = `dev-reseal-${suffix}`;
    const hook = await client.call<any>('CreateWebhook', { developer_id: developer, url: `${receiver.url}/reseal`, events: ['api_key.revoked'] });
    // As a row written by an earlier version without WEBHOOK_SECRETS_KEY looks.
    await database.db.updateTable('webhooks').set({ secret: 'plain:whsec_legacy' }).where('id', '=', hook.webhook.id).execute();
    const box = createSecretBox(Buffer.alloc(32, 6));
    assert.ok((await resealWebhookSecrets(database, box)) >= 1);
    const row = await database.db.selectFrom('webhooks').select('secret').where('id', '=', hook.webhook.id).executeTakeFirstOrThrow();
    assert.match(row.secret, /^v1:/);
    assert.equal(box.open(hook.webhook.id, row.secret), 'whsec_legacy');
    await client.call('DeleteWebhook', { developer_id: developer, id: hook.webhook.id });
  });

  it('makes no second delivery when an event is handed over again', async () => {
    const developer = `dev-dup-${suffix}`;
    const hook = await client.call<any>('CreateWebhook', { developer_id: developer, url: `${receiver.url}/dup`, events: ['api_key.revoked'] });
    const e = event('api_key.revoked', 'identity', { developer_id: developer, api_key_id: '9', prefix: 'avreg_99' });
    const box = createSecretBox(Buffer.alloc(32, 3));
    const svc = new WebhookService(createUnitOfWork(database, box), async () => [], { maxWebhooksPerDeveloper: 10, allowPrivateTargets: true, resolveTimeoutMs: 1000, catalogue });
    const handle = createEventConsumer(database, WEBHOOKS_CONSUMER, box, {}, (events, repos) => svc.planDeliveries(events, repos));
    await Promise.all([handle([e]), handle([e]), handle([e, e])]);
    await handle([e]);
    await bus.publish(e); // and once more through the bus, to the running consumer
    await waitFor(() => receiver.received.some((r) => r.path === '/dup'), { what: 'the delivery' });
    const marker = event('api_key.revoked', 'identity', { developer_id: developer, api_key_id: '10', prefix: 'avreg_10' });
    await bus.publish(marker);
    await waitFor(() => receiver.received.filter((r) => r.path === '/dup').length >= 2, { what: 'the marker' });
    const rows = await database.db.selectFrom('deliveries').select('event_id').where('webhook_id', '=', hook.webhook.id).execute();
    assert.deepEqual(rows.map((r) => r.event_id).sort(), [e.id, marker.id].sort());
    assert.equal(receiver.received.filter((r) => r.path === '/dup').length, 2);
  });

  it('guards the API: the catalogue, unknown events (400), the per-developer cap, ownership and private targets', async () => {
    const developer = `dev-api-${suffix}`;
    const { items } = await client.call<any>('ListEventTypes', {});
    assert.ok(items.some((e: any) => e.name === 'transaction.completed' && e.source === 'ledger' && e.scope === 'agent'));

    const unknown = await rejectsWith(client.call('CreateWebhook', { developer_id: developer, url: receiver.url, events: ['agent.created', 'agent.vanished'] }), 'bad_request', /agent\.vanished/);
    assert.deepEqual(unknown.context?.unknown_events, ['agent.vanished']);

    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) ids.push((await client.call<any>('CreateWebhook', { developer_id: developer, url: `${receiver.url}/${i}`, events: ['agent.created'] })).webhook.id);
    const cap = await rejectsWith(client.call('CreateWebhook', { developer_id: developer, url: receiver.url, events: ['agent.created'] }), 'conflict', /at most 10/);
    assert.equal(cap.code, 'WEBHOOK_LIMIT_REACHED');
    const page = await client.call<any>('ListWebhooks', { developer_id: developer, limit: 100, offset: 0 });
    assert.equal(page.total, 10);
    assert.ok(!JSON.stringify(page).includes('whsec_'));

    await rejectsWith(client.call('GetWebhook', { developer_id: 'someone-else', id: ids[0] }), 'not_found');
    await rejectsWith(client.call('DeleteWebhook', { developer_id: 'someone-else', id: ids[0] }), 'not_found');
    await rejectsWith(client.call('TestWebhook', { developer_id: 'someone-else', id: ids[0] }), 'not_found');
    await rejectsWith(client.call('GetWebhook', { developer_id: developer, id: 'not-a-uuid' }), 'not_found');

    const updated = await client.call<any>('UpdateWebhook', { developer_id: developer, id: ids[0], set_events: true, events: ['agent.funded', 'agent.created'], set_active: true, active: false });
    assert.deepEqual(updated.events, ['agent.created', 'agent.funded']);
    assert.equal(updated.active, false);
    assert.equal(updated.url, `${receiver.url}/0`);
    await client.call('DeleteWebhook', { developer_id: developer, id: ids[0] });
    await rejectsWith(client.call('GetWebhook', { developer_id: developer, id: ids[0] }), 'not_found');

    // A service that does not allow private targets refuses them on subscription...
    const box = createSecretBox(Buffer.alloc(32, 9));
    const strict = new WebhookService(createUnitOfWork(database, box), async (host) => (host === 'localhost' ? [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }] : []), {
      maxWebhooksPerDeveloper: 10,
      allowPrivateTargets: false,
      resolveTimeoutMs: 1000,
      catalogue,
    });
    for (const url of [receiver.url, 'http://localhost:8080/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.1/']) {
      const err = await rejectsWith(strict.createWebhook(`strict-${suffix}`, { url, events: ['agent.created'] }), 'validation_error', /not allowed/);
      assert.equal(err.field, 'url');
    }
    // ...and its transport refuses them at delivery time (a URL stored earlier, DNS changed since).
    const transport = new HttpTransport({ allowPrivateTargets: false });
    const before = receiver.received.length;
    const refused = await transport.send({ url: `${receiver.url}/never`, headers: {}, body: '{}', timeoutMs: 1000 });
    assert.equal(refused.responseStatus, null);
    assert.match(refused.error!, /target refused: 127\.0\.0\.1 is a loopback address/);
    assert.equal(receiver.received.length, before);
    transport.close();
  });
});

/** The schedule itself: leases, replicas and the HTTP transport, with workers started by the test. */
describe('webhooks delivery schedule (PostgreSQL)', function () {
  this.timeout(30_000);
  let testDb: TestDatabase;
  const databases: Database[] = [];
  let receiver: Receiver;

  async function open(): Promise<Database> {
    const db = await openDatabase({ url: testDb.url, schema: 'webhooks', poolSize: 6 });
    databases.push(db);
    return db;
  }

  before(async () => {
    testDb = await createTestDatabase('av_webhooks_queue');
    await migrateToLatest(await open(), webhooksMigrations);
    receiver = await startReceiver();
  });
  after(async () => {
    for (const db of databases) await db.close();
    await receiver?.close();
    await testDb?.drop();
  });

  async function schedule(db: Database, count: number, path: string): Promise<{ webhookId: string; ids: string[] }> {
    const box = createSecretBox(Buffer.alloc(32, 9));
    const svc = new WebhookService(createUnitOfWork(db, box), async () => [], { maxWebhooksPerDeveloper: 10, allowPrivateTargets: true, resolveTimeoutMs: 1000, catalogue });
    const { webhook } = await svc.createWebhook(`dev-${uniqueSuffix()}`, { url: `${receiver.url}${path}`, events: ['agent.created'] });
    const ids = Array.from({ length: count }, () => randomUUID());
    await createUnitOfWork(db, box).run((repos) =>
      repos.deliveries.insertMany(
        ids.map((id) => ({
          id, webhookId: webhook.id, eventId: randomUUID(), eventType: 'agent.created', agentDid: null, eventOccurredAt: new Date(),
          payload: envelopeBody({ id, event: 'agent.created', data: {}, timestamp: new Date().toISOString(), agent_did: null }),
        })),
      ),
    );
    return { webhookId: webhook.id, ids };
  }

  function worker(db: Database, transport: HttpTransport, settings: Partial<ConstructorParameters<typeof DeliveryWorker>[3]> = {}) {
    const box = createSecretBox(Buffer.alloc(32, 9));
    return new DeliveryWorker(createDeliveryQueue(db, box), createUnitOfWork(db, box), transport, {
      retryUnitMs: 20, timeoutMs: 2000, leaseMs: 7000, concurrency: 8, pollMs: 50, retentionMs: 86_400_000, ...settings,
    }, quiet);
  }

  it('three workers on one schedule send each of 150 deliveries exactly once', async () => {
    const db = databases[0]!;
    const { ids } = await schedule(db, 150, '/replicas');
    const transport = new HttpTransport({ allowPrivateTargets: true });
    const workers = [worker(await open(), transport), worker(await open(), transport), worker(await open(), transport)];
    workers.forEach((w) => w.start());
    try {
      await waitFor(async () => {
        const { n } = await db.db.selectFrom('deliveries').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'delivered').where('id', 'in', ids).executeTakeFirstOrThrow();
        return Number(n) === ids.length;
      }, { timeoutMs: 15_000, what: '150 deliveries delivered' });
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      transport.close();
    }
    const got = receiver.received.filter((r) => r.path === '/replicas').map((r) => String(r.headers['webhook-id']));
    assert.equal(got.length, 150, 'no delivery was sent twice');
    assert.deepEqual([...new Set(got)].sort(), [...ids].sort());
  });

  it("a dead worker's claim expires and another worker sends the delivery; a live claim is not taken", async () => {
    const db = databases[0]!;
    const { ids } = await schedule(db, 1, '/lease');
    const queue = createDeliveryQueue(db, createSecretBox(Buffer.alloc(32, 9)));
    const claimed = await queue.claim(5, 1500); // a worker that will never finish
    assert.deepEqual(claimed.map((c) => c.id), ids);
    assert.deepEqual(await queue.claim(5, 1500), [], 'held by the first claim');
    const started = Date.now();
    const transport = new HttpTransport({ allowPrivateTargets: true });
    const w = worker(await open(), transport);
    w.start();
    try {
      await waitFor(() => receiver.received.some((r) => r.path === '/lease'), { timeoutMs: 10_000, what: 'the delivery after the lease expired' });
      assert.ok(Date.now() - started >= 1400, 'not before the lease expired');
    } finally {
      await w.stop();
      transport.close();
    }
    assert.equal(receiver.received.filter((r) => r.path === '/lease').length, 1);
  });

  it('the transport follows no redirect, keeps a deadline, and reads only an excerpt of the answer', async () => {
    const transport = new HttpTransport({ allowPrivateTargets: true });
    receiver.respond = (req) => {
      if (req.path === '/redirect') return { status: 302, headers: { location: `${receiver.url}/elsewhere` } };
      if (req.path === '/slow') return { status: 200, delayMs: 3000 };
      if (req.path === '/big') return { status: 200, body: 'x'.repeat(100_000) };
      return { status: 200, body: 'ok' };
    };
    try {
      const redirect = await transport.send({ url: `${receiver.url}/redirect`, headers: {}, body: '{}', timeoutMs: 2000 });
      assert.equal(redirect.responseStatus, 302);
      assert.match(redirect.error!, /redirects are not followed/);
      assert.ok(!receiver.received.some((r) => r.path === '/elsewhere'));

      const slow = await transport.send({ url: `${receiver.url}/slow`, headers: {}, body: '{}', timeoutMs: 300 });
      assert.equal(slow.responseStatus, null);
      assert.match(slow.error!, /timed out after 300 ms/);
      assert.ok(slow.durationMs < 1500);

      const big = await transport.send({ url: `${receiver.url}/big`, headers: {}, body: '{}', timeoutMs: 2000 });
      assert.equal(big.responseStatus, 200);
      assert.equal(big.responseExcerpt!.length, 1024);

      const refused = await transport.send({ url: `http://127.0.0.1:${CLOSED_PORT}/`, headers: {}, body: '{}', timeoutMs: 2000 });
      assert.equal(refused.responseStatus, null);
      assert.match(refused.error!, /ECONNREFUSED/);
    } finally {
      receiver.respond = () => ({ status: 200, body: 'ok' });
      transport.close();
    }
  });

  it('stops calling a host that keeps hanging for a while (per-host circuit breaker), not one that answers errors', async () => {
    const transport = new HttpTransport({ allowPrivateTargets: true, breaker: { volumeThreshold: 3, resetTimeoutMs: 60_000 } });
    const hanging = await startReceiver(() => ({ status: 200, delayMs: 5000 }));
    const erring = await startReceiver(() => ({ status: 500, body: 'no' }));
    try {
      for (let i = 0; i < 3; i += 1) assert.match((await transport.send({ url: `${hanging.url}/h`, headers: {}, body: '{}', timeoutMs: 100 })).error!, /timed out/);
      const started = Date.now();
      const fast = await transport.send({ url: `${hanging.url}/h`, headers: {}, body: '{}', timeoutMs: 100 });
      assert.match(fast.error!, /circuit open/);
      assert.ok(Date.now() - started < 50, 'fails at once');
      assert.equal(hanging.received.length, 3, 'the fourth attempt never reached the host');
      for (let i = 0; i < 5; i += 1) assert.equal((await transport.send({ url: `${erring.url}/e`, headers: {}, body: '{}', timeoutMs: 1000 })).responseStatus, 500);
      assert.equal(erring.received.length, 5);
    } finally {
      transport.close();
      await hanging.close();
      await erring.close();
    }
  });
});
