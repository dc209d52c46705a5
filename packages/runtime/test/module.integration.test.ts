import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely, type Migration } from 'kysely';
import { defineEvents, type EmittedEvent } from '@agentvault/contracts/events';
import { typed } from '@agentvault/db';
import { appendToOutbox, connectNatsBus, eventsMigrations, type Bus, type OutboxTables } from '@agentvault/events';
import { createClient, defineContract, type Client } from '@agentvault/grpc';
import { createLogger } from '@agentvault/observability';
import { createTestDatabase, deleteStream, TEST_NATS_URL, uniqueSuffix, waitFor, type TestDatabase } from '@agentvault/testing';
import { AddressBook, databaseOpener, defineService, loadPlatformConfig, startOrder, startService, type RunningService } from '../src/index.js';
import type { EchoServiceDefinition } from './fixtures/generated/echo/v1/EchoService.js';

/**
 * docs/adding-a-service.md, proven: a service defined only here — its proto, its generated
 * contract, its schema, events, consumer and handlers — started by the generic runner and
 * reached through a typed client, next to a second service that calls it.
 */

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

// 1. The contract: the proto's generated types, and where the proto is.
const echoContract = defineContract<EchoServiceDefinition>({
  name: 'echo',
  proto: path.join(FIXTURES, 'proto/echo/v1/echo.proto'),
  service: 'echo.v1.EchoService',
  defaultPort: 50199,
});

// 2. The events it publishes, typed once for producer and consumers.
interface EchoEventPayloads {
  'echo.said': { id: string; text: string };
}
const echoEvents = defineEvents<EchoEventPayloads>('echo', { 'echo.said': { scope: 'developer', description: 'Something was said.' } });

// 3. Its schema.
interface EchoDatabase extends OutboxTables {
  said: { id: string; text: string };
  heard: { id: string };
}
const migrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001-echo': {
    async up(db: Kysely<any>) {
      await db.schema.createTable('said').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('text', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('heard').addColumn('id', 'text', (c) => c.primaryKey()).execute();
    },
  },
};

// 4. The module: what is its own, and nothing the runner does for it.
const echoModule = defineService({
  name: 'echo',
  contract: echoContract,
  events: echoEvents,
  schema: { name: 'echo', migrations },
  config: (env) => ({ prefix: env.ECHO_PREFIX ?? '' }),
  async start({ config, database, outbox, idempotent }) {
    const db = typed<EchoDatabase>(database).db;
    const emit = (trx: Kysely<EchoDatabase>, event: EmittedEvent<EchoEventPayloads>) => appendToOutbox(trx, 'echo', event);
    return {
      handlers: {
        Say: async (request) => {
          const id = randomUUID();
          const text = `${config.prefix}${request.text}`;
          await db.transaction().execute(async (trx) => {
            await trx.insertInto('said').values({ id, text }).execute();
            await emit(trx, { type: 'echo.said', data: { id, text } });
          });
          outbox.notify();
          return { id, text };
        },
        Count: async () => {
          const count = async (table: 'said' | 'heard') =>
            String((await db.selectFrom(table).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
          return { said: await count('said'), heard: await count('heard') };
        },
      },
      consumers: [
        {
          durable: 'echo-heard',
          filter: 'agentvault.echo.>',
          handler: idempotent<EchoDatabase>('echo-heard', async (event, trx) => {
            if (!echoEvents.is(event, 'echo.said')) return;
            await trx.insertInto('heard').values({ id: event.data.id }).execute();
          }),
        },
      ],
    };
  },
});

// 5. A service that calls it: its client arrives typed, made by the runner.
const callerModule = defineService({
  name: 'caller',
  config: () => ({}),
  calls: { echo: echoContract },
  async start({ clients }) {
    const said = await clients.echo.call('Say', { text: 'started' });
    return { handlers: undefined, ports: { said: said.text.length } };
  },
});

describe('a service is one module (the runner)', function () {
  this.timeout(60_000);
  const suffix = uniqueSuffix();
  const stream = `AVTEST_MOD_${suffix.toUpperCase()}`;
  let testDb: TestDatabase;
  let bus: Bus;
  const running: RunningService[] = [];
  let client: Client<typeof echoContract>;

  before(async () => {
    testDb = await createTestDatabase('av_runtime_module');
    const env = { DATABASE_URL: testDb.url, ECHO_PREFIX: '» ' };
    const platform = loadPlatformConfig(env);
    bus = await connectNatsBus({ url: TEST_NATS_URL, stream, subjectPrefix: `avtest_mod_${suffix}`, name: 'runtime-module-test' });
    const context = {
      platform, env, logger: createLogger({ target: 'test', level: 'silent' }), bus, addresses: new AddressBook(env), inProcess: true,
      openDatabase: databaseOpener(platform), catalogue: echoEvents.catalogue, readiness: [],
    };
    // Listed caller first: the start order follows the calls.
    for (const module of startOrder([callerModule, echoModule])) running.push(await startService(module, context));
    client = createClient(echoContract, running[0]!.address!);
  });

  after(async () => {
    client?.close();
    for (const service of running.reverse()) await service.close();
    await bus?.close();
    await deleteStream(stream);
    await testDb?.drop();
  });

  it('starts callees first, binds port 0 and reports the address it got', () => {
    assert.deepEqual(running.map((s) => s.name), ['echo', 'caller']);
    assert.match(running[0]!.address!, /^127\.0\.0\.1:\d+$/);
    assert.notEqual(running[0]!.address, '127.0.0.1:0');
    assert.equal(running[1]!.ports.said, '» started'.length, "the caller's typed client reached echo during its start");
  });

  it('serves the contract through a typed client, migrates the schema and delivers its events to its consumer once', async () => {
    const said = await client.call('Say', { text: 'hello' });
    assert.equal(said.text, '» hello');
    const counts = await waitFor(async () => {
      const c = await client.call('Count', {});
      return c.heard === '2' ? c : undefined;
    }, { what: 'both events heard' });
    assert.equal(counts.said, '2');
  });

  it('refuses a wrong method or field at compile time', () => {
    const wrong = () => {
      // @ts-expect-error: no such method in the contract
      void client.call('Shout', { text: 'x' });
      // @ts-expect-error: no such field in SayRequest
      void client.call('Say', { txt: 'x' });
    };
    assert.equal(typeof wrong, 'function');
  });

  it('answers readiness with its database, and stops a cycle of calls before starting anything', async () => {
    for (const check of running[0]!.readiness) await check.check();
    const a = defineService({ name: 'a', config: () => ({}), calls: { b: { ...echoContract, name: 'b' } }, async start() { return { handlers: undefined }; } });
    const b = defineService({ name: 'b', config: () => ({}), calls: { a: { ...echoContract, name: 'a' } }, async start() { return { handlers: undefined }; } });
    assert.throws(() => startOrder([a, b]), /cycle: a → b → a/);
  });
});
