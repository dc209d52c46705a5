import assert from 'node:assert/strict';
import { migrateToLatest, sql, type Database, type Migration } from '@agentvault/db';
import { waitFor } from '@agentvault/testing';
import { OutboxRelay, appendToOutbox, eventsMigrations, type DomainEvent } from '../src/index.js';
import { RecordingBus, pgliteHost, postgresHost, type DatabaseHost } from './helpers.js';

const serviceMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_things': {
    up: async (db) => {
      await db.schema.createTable('things').addColumn('id', 'serial', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull()).execute();
    },
  },
};

function outboxSuite(hostFactory: () => Promise<DatabaseHost>) {
  let host: DatabaseHost;
  let database: Database;
  let schemaCounter = 0;

  before(async () => {
    host = await hostFactory();
  });
  after(async () => host?.dispose());
  // A fresh service schema per test: an empty outbox.
  beforeEach(async () => {
    schemaCounter += 1;
    database = await host.open(`svc_${schemaCounter}`);
    await migrateToLatest(database, serviceMigrations);
  });

  /** Appends `count` events, `perTx` per committed transaction, each with a thing. */
  async function appendCommitted(count: number, perTx = 1): Promise<DomainEvent[]> {
    const appended: DomainEvent[] = [];
    for (let i = 0; i < count; i += perTx) {
      await database.db.transaction().execute(async (trx) => {
        for (let j = i; j < Math.min(count, i + perTx); j += 1) {
          await trx.insertInto('things').values({ name: `thing-${j}` }).execute();
          appended.push(await appendToOutbox(trx, 'identity', { type: 'thing.created', data: { n: j }, subject: `thing-${j}` }));
        }
      });
    }
    return appended;
  }

  async function unpublished(): Promise<number> {
    const row = await database.db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).where('published_at', 'is', null).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('creates outbox and processed_events in the service schema, sorting before the service migrations', async () => {
    const { rows } = await sql<{ table_name: string; table_schema: string }>`
      select table_name, table_schema from information_schema.tables
      where table_name in ('outbox', 'processed_events') and table_schema = ${database.schema} order by 1`.execute(database.db);
    assert.deepEqual(rows.map((r) => r.table_name), ['outbox', 'processed_events']);
    const names = Object.keys(serviceMigrations).sort();
    assert.deepEqual(names.slice(0, 2), Object.keys(eventsMigrations));
  });

  it('publishes nothing for an event appended in a rolled-back transaction', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ database, bus });
    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await trx.insertInto('things').values({ name: 'doomed' }).execute();
        await appendToOutbox(trx, 'identity', { type: 'thing.created', data: { name: 'doomed' } });
        throw new Error('business rule violated');
      }),
      /business rule violated/,
    );
    await relay.flush();
    assert.equal(bus.attempts, 0);
    const rows = await database.db.selectFrom('outbox').selectAll().execute();
    assert.equal(rows.length, 0);
  });

  it('returns the event exactly as subscribers will receive it', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ database, bus });
    const when = new Date('2024-05-06T07:08:09.123Z');
    const withSubject = await database.db.transaction().execute((trx) =>
      appendToOutbox(trx, 'ledger', { type: 'transfer.completed', data: { amount: '12.500000000000000000', at: when, list: [1, 'two'] }, subject: 'did:av:x' }),
    );
    const withoutSubject = await database.db.transaction().execute((trx) => appendToOutbox(trx, 'ledger', { type: 'treasury.minted', data: {} }));
    assert.deepEqual(withSubject.data, { amount: '12.500000000000000000', at: when.toISOString(), list: [1, 'two'] });
    assert.ok(!('subject' in withoutSubject));
    await relay.flush();
    assert.deepEqual(bus.published, [withSubject, withoutSubject]);
  });

  it('keeps a caller-chosen id and refuses a bad one or a bad type inside the transaction', async () => {
    const id = '5b0e7a52-5a86-4d4e-9a34-1c2f0b3d2a10';
    const event = await database.db.transaction().execute((trx) => appendToOutbox(trx, 'identity', { id, type: 'agent.created', data: {} }));
    assert.equal(event.id, id);
    await assert.rejects(database.db.transaction().execute((trx) => appendToOutbox(trx, 'identity', { id: 'nope', type: 'agent.created', data: {} })), /uuid/);
    await assert.rejects(database.db.transaction().execute((trx) => appendToOutbox(trx, 'identity', { type: 'agent created', data: {} })), /invalid event type/);
    await assert.rejects(database.db.transaction().execute((trx) => appendToOutbox(trx, 'identity', { type: 'agent.created', data: { big: 1n } })));
    await assert.rejects(database.db.transaction().execute((trx) => appendToOutbox(trx, 'identity', { id, type: 'agent.created', data: {} })));
  });

  it('publishes committed rows exactly once, in order, and stamps them published', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ database, bus, batchSize: 4 });
    const appended = await appendCommitted(10, 3);
    await relay.flush();
    assert.deepEqual(bus.ids(), appended.map((e) => e.id));
    assert.deepEqual(bus.published, appended);
    assert.equal(await unpublished(), 0);
    await relay.flush();
    assert.equal(bus.published.length, 10);
  });

  it('wakes on notify() without waiting for its poll', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ database, bus, pollMs: 60_000 });
    relay.start();
    try {
      await relay.flush(); // queued behind the loop's first round: after it, the loop sleeps on its 60 s poll
      const [event] = await appendCommitted(1);
      relay.notify();
      await waitFor(() => bus.ids().includes(event.id), { timeoutMs: 2000, what: 'the notified event' });
    } finally {
      await relay.stop();
    }
  });

  it('keeps rows while the bus is down and publishes them, in order, once it recovers', async () => {
    const bus = new RecordingBus();
    bus.failing = true;
    const relay = new OutboxRelay({ database, bus, pollMs: 20 });
    relay.start();
    try {
      const appended = await appendCommitted(5, 2);
      relay.notify();
      await waitFor(() => bus.attempts >= 2, { what: 'failed attempts' });
      assert.equal(bus.published.length, 0);
      assert.equal(await unpublished(), 5);
      await assert.rejects(relay.flush(), /bus unavailable/);
      bus.failing = false;
      await waitFor(async () => (await unpublished()) === 0, { what: 'the relay to recover' });
      assert.deepEqual(bus.ids(), appended.map((e) => e.id));
    } finally {
      await relay.stop();
    }
  });

  it('stamps what was published before a failure midway and resumes after it', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ database, bus });
    const appended = await appendCommitted(6);
    bus.failOnAttempt = 4;
    await assert.rejects(relay.flush(), /bus unavailable/);
    assert.equal(bus.published.length, 3);
    assert.equal(await unpublished(), 3);
    await relay.flush();
    assert.deepEqual(bus.ids(), appended.map((e) => e.id));
  });

  it('flush() publishes everything pending, over several batches', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ database, bus, batchSize: 25 });
    const appended = await appendCommitted(120, 40);
    await relay.flush();
    assert.deepEqual(bus.ids(), appended.map((e) => e.id));
    assert.equal(await unpublished(), 0);
  });

  it('stop() ends the loop, and a relay started again carries on', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ database, bus, pollMs: 60_000 });
    relay.start();
    await relay.stop();
    const appended = await appendCommitted(2);
    relay.start();
    relay.notify();
    await waitFor(() => bus.published.length === 2, { what: 'the restarted relay' });
    await relay.stop();
    assert.deepEqual(bus.ids(), appended.map((e) => e.id));
  });

  if (hostFactory === postgresHost) {
    it('with several relays on one outbox, publishes every row once and in order', async () => {
      const bus = new RecordingBus();
      const others = [await host.open(database.schema), await host.open(database.schema)];
      const relays = [database, ...others].map((d) => new OutboxRelay({ database: d, bus, batchSize: 7, pollMs: 20 }));
      relays.forEach((r) => r.start());
      try {
        const writers = Array.from({ length: 4 }, async (_, w) => {
          for (let i = 0; i < 15; i += 1) {
            await database.db.transaction().execute((trx) => appendToOutbox(trx, 'identity', { type: 'thing.created', data: { w, i } }));
            relays[i % relays.length].notify();
          }
        });
        await Promise.all(writers);
        await Promise.all(relays.map((r) => r.flush()));
        assert.equal(await unpublished(), 0);
        assert.equal(bus.published.length, 60);
        assert.equal(new Set(bus.ids()).size, 60);
        // Each writer's events were committed one after the other, so they must come out in that order.
        for (let w = 0; w < 4; w += 1) {
          assert.deepEqual(bus.published.filter((e) => e.data.w === w).map((e) => e.data.i), Array.from({ length: 15 }, (_, i) => i));
        }
      } finally {
        await Promise.all(relays.map((r) => r.stop()));
      }
    });
  }
}

describe('outbox and relay (pg)', () => {
  outboxSuite(postgresHost);
});

describe('outbox and relay (pglite)', () => {
  outboxSuite(pgliteHost);
});
