import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '@agentvault/db';
import { connectNatsBus, type Bus, type DomainEvent, type Subscription } from '@agentvault/events';
import {
  TEST_NATS_URL, createTestDatabase, deleteStream, startAgentVault, stopProcess, uniqueSuffix, waitFor, waitForProcess,
  type RunningProcess, type TestDatabase,
} from '@agentvault/testing';
import { createUntypedClient, type ServiceClient } from '@agentvault/grpc';
import { identityContract } from '@agentvault/contracts/identity';

/**
 * The identity process against the real PostgreSQL and NATS JetStream: what it commits reaches
 * the stream once, even when its relay publishes the same outbox rows again.
 */
describe('identity events on NATS JetStream (agentvault --target=identity)', function () {
  this.timeout(60_000);
  const suffix = uniqueSuffix();
  const stream = `AVTEST_IDEV_${suffix.toUpperCase()}`;
  const subjectPrefix = `avtest_idev_${suffix}`;
  let testDb: TestDatabase;
  let env: Record<string, string>;
  let address: string | undefined;
  let identity: RunningProcess | undefined;
  let client: ServiceClient | undefined;
  let bus: Bus | undefined;
  let database: Database | undefined;
  const subscriptions: Subscription[] = [];

  async function startIdentity(): Promise<RunningProcess> {
    // The first start binds a port of its choosing; a restart takes the same address again.
    const proc = startAgentVault('identity', ['--target=identity'], { ...env, IDENTITY_GRPC_BIND: address ?? '127.0.0.1:0' });
    address = (await waitForProcess(proc, 30_000)).grpc.identity;
    return proc;
  }

  /** A durable consumer over identity's events that records what it is handed. */
  async function consume(durable: string): Promise<DomainEvent[]> {
    const received: DomainEvent[] = [];
    subscriptions.push(await bus!.subscribe({ durable, filter: 'agentvault.identity.>', handler: async (event) => void received.push(event) }));
    return received;
  }

  before(async () => {
    testDb = await createTestDatabase('av_identity_events');
    env = {
      DATABASE_URL: testDb.url,
      NATS_URL: TEST_NATS_URL,
      NATS_STREAM: stream,
      NATS_SUBJECT_PREFIX: subjectPrefix,
      OPS_PORT: '0',
      LOG_LEVEL: 'warn',
    };
    identity = await startIdentity();
    client = createUntypedClient(identityContract, address!);
    bus = await connectNatsBus({ url: TEST_NATS_URL, stream, subjectPrefix, name: 'identity-events-test' });
    database = await openDatabase({ url: testDb.url, schema: 'identity', poolSize: 2 });
  });

  after(async () => {
    for (const s of subscriptions) await s.stop().catch(() => {});
    await bus?.close().catch(() => {});
    client?.close();
    if (identity) await stopProcess(identity);
    await database?.close();
    await deleteStream(stream);
    await testDb?.drop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && identity) console.error(identity.output.join('').slice(-6000));
  });

  it('publishes developer.registered and agent.created exactly once each, also when the relay publishes them again', async () => {
    const received = await consume(`identity-events-${suffix}`);

    const email = `events-${suffix}@example.com`;
    const registered = await client!.call<any>('RegisterDeveloper', { email, password: 'Corr3ct-Horse!', name: 'Events' });
    const developerId: string = registered.developer.id;
    assert.ok(developerId);
    const bootstrap = await client!.call<any>('RequestBootstrapToken', { developer_id: developerId });
    const agent = await client!.call<any>('CreateAgent', { bootstrap_token: bootstrap.bootstrap_token, agent_card_json: JSON.stringify({ name: 'Event Bot' }) });
    assert.match(agent.agent_did, /^did:agentvault:[0-9a-f]{32}$/);

    const ofType = (events: DomainEvent[], type: string) => events.filter((e) => e.type === type && e.data.developer_id === developerId);
    await waitFor(() => ofType(received, 'developer.registered').length > 0 && ofType(received, 'agent.created').length > 0, {
      timeoutMs: 15_000,
      what: 'developer.registered and agent.created on NATS',
    });

    const [devEvent] = ofType(received, 'developer.registered');
    assert.equal(devEvent!.source, 'identity');
    assert.deepEqual(devEvent!.data, { developer_id: developerId, email, name: 'Events' });
    const [agentEvent] = ofType(received, 'agent.created');
    assert.equal(agentEvent!.source, 'identity');
    assert.equal(agentEvent!.subject, agent.agent_did);
    assert.deepEqual(agentEvent!.data, { agent_did: agent.agent_did, developer_id: developerId, agent_card_id: agent.agent_card_id, agent_card_name: 'Event Bot' });

    // The events on the bus are the outbox rows, by id, and every row is stamped published.
    const rows = await database!.db.selectFrom('outbox').select(['id', 'type', 'published_at']).orderBy('seq').execute();
    assert.deepEqual(rows.map((r) => r.type), ['developer.registered', 'agent.created']);
    assert.deepEqual(rows.map((r) => r.id), [devEvent!.id, agentEvent!.id]);
    await waitFor(async () => (await database!.db.selectFrom('outbox').select('id').where('published_at', 'is', null).execute()).length === 0, { what: 'outbox stamped' });

    // A relay that died between publishing and stamping publishes the same rows again on restart.
    assert.equal(await stopProcess(identity!), 0, 'identity exits 0 on SIGTERM');
    identity = undefined;
    await database!.db.updateTable('outbox').set({ published_at: null }).execute();
    identity = await startIdentity();
    await waitFor(async () => (await database!.db.selectFrom('outbox').select('id').where('published_at', 'is', null).execute()).length === 0, {
      timeoutMs: 15_000,
      what: 'the restarted relay to publish the outbox again',
    });

    // Consumers see events in stream order: once a marker published afterwards arrives, anything
    // the stream holds before it (a duplicate included) has been delivered.
    const marker: DomainEvent = { id: randomUUID(), type: 'test.marker', source: 'identity', occurredAt: new Date().toISOString(), data: {} };
    await bus!.publish(marker);
    await waitFor(() => received.some((e) => e.id === marker.id), { what: 'the marker' });
    assert.equal(ofType(received, 'developer.registered').length, 1, 'developer.registered exactly once');
    assert.equal(ofType(received, 'agent.created').length, 1, 'agent.created exactly once');
    assert.equal(new Set(received.map((e) => e.id)).size, received.length, 'no event id delivered twice');

    // A consumer created now reads the whole stream: it holds each event once (JetStream dropped the re-publish by Nats-Msg-Id).
    const late = await consume(`identity-events-late-${suffix}`);
    await waitFor(() => late.some((e) => e.id === marker.id), { what: 'the marker on a new consumer' });
    assert.deepEqual(late.map((e) => e.type), ['developer.registered', 'agent.created', 'test.marker']);
    assert.deepEqual(late.map((e) => e.id), [devEvent!.id, agentEvent!.id, marker.id]);
  });
});
