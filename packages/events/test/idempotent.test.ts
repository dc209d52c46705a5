import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { migrateToLatest, type Database, type Migration } from '@agentvault/db';
import { TEST_NATS_URL, uniqueSuffix, waitFor } from '@agentvault/testing';
import { connect } from 'nats';
import {
  OutboxRelay, appendToOutbox, connectNatsBus, createEmbeddedBus, eventsMigrations, idempotentHandler, idempotentManyHandler,
  type Bus, type DomainEvent,
} from '../src/index.js';
import { makeEvent, pgliteHost, postgresHost, type DatabaseHost } from './helpers.js';

const consumerMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_balances': {
    up: async (db) => {
      await db.schema.createTable('balances').addColumn('owner', 'text', (c) => c.primaryKey()).addColumn('amount', 'bigint', (c) => c.notNull()).execute();
    },
  },
};

/** The effect under test: adds data.amount to the owner's balance (not idempotent by itself). */
async function credit(event: DomainEvent, trx: Database['db']): Promise<void> {
  const owner = String(event.data.owner);
  const amount = String(event.data.amount);
  await trx
    .insertInto('balances')
    .values({ owner, amount })
    .onConflict((oc) => oc.column('owner').doUpdateSet((eb) => ({ amount: eb('balances.amount', '+', eb.ref('excluded.amount')) })))
    .execute();
}

async function balance(database: Database, owner: string): Promise<bigint> {
  const row = await database.db.selectFrom('balances').select('amount').where('owner', '=', owner).executeTakeFirst();
  return row ? BigInt(row.amount as string) : 0n;
}

function idempotencySuite(hostFactory: () => Promise<DatabaseHost>) {
  let host: DatabaseHost;
  let database: Database;
  before(async () => {
    host = await hostFactory();
    database = await host.open('consumer');
    await migrateToLatest(database, consumerMigrations);
  });
  after(async () => host?.dispose());

  it('applies the same event twice only once', async () => {
    let calls = 0;
    const handle = idempotentHandler(database, 'balances', async (event, trx) => {
      calls += 1;
      await credit(event, trx);
    });
    const event = makeEvent('ledger', 'transfer.completed', { owner: 'alice', amount: '5' });
    await handle(event);
    await handle(event);
    await handle({ ...event }); // a redelivered copy
    assert.equal(calls, 1);
    assert.equal(await balance(database, 'alice'), 5n);
  });

  it('hands the new events of a batch over together, in order, each once, and none it has seen', async () => {
    const batches: string[][] = [];
    const handle = idempotentManyHandler(database, 'balances-many', async (events, trx) => {
      batches.push(events.map((e) => String(e.data.amount)));
      for (const event of events) await credit(event, trx);
    });
    const [one, two, three] = ['1', '2', '3'].map((amount) => makeEvent('ledger', 'transfer.completed', { owner: 'dora', amount }));
    await handle([one!, two!, one!]);
    await handle([two!, three!, { ...three! }]);
    await handle([one!, two!, three!]);
    assert.deepEqual(batches, [['1', '2'], ['3']]);
    assert.equal(await balance(database, 'dora'), 6n);
  });

  it('rolls the processed mark back with a failing handler, so the redelivery applies it', async () => {
    let fail = true;
    const handle = idempotentHandler(database, 'balances', async (event, trx) => {
      await credit(event, trx);
      if (fail) throw new Error('downstream hiccup');
    });
    const event = makeEvent('ledger', 'transfer.completed', { owner: 'bob', amount: '7' });
    await assert.rejects(handle(event), /downstream hiccup/);
    assert.equal(await balance(database, 'bob'), 0n);
    fail = false;
    await handle(event);
    await handle(event);
    assert.equal(await balance(database, 'bob'), 7n);
  });

  it('keeps consumers apart: each consumer applies an event once', async () => {
    const event = makeEvent('ledger', 'transfer.completed', { owner: 'carol', amount: '2' });
    const a = idempotentHandler(database, 'consumer-a', credit);
    const b = idempotentHandler(database, 'consumer-b', credit);
    await a(event);
    await b(event);
    await a(event);
    await b(event);
    assert.equal(await balance(database, 'carol'), 4n);
  });

  it('applies concurrent duplicate deliveries once', async () => {
    const handle = idempotentHandler(database, 'balances', credit);
    const event = makeEvent('ledger', 'transfer.completed', { owner: 'dave', amount: '3' });
    await Promise.all(Array.from({ length: 8 }, () => handle(event)));
    assert.equal(await balance(database, 'dave'), 3n);
  });

  it('lets the handler append follow-up events to its own outbox in the same transaction', async () => {
    const handle = idempotentHandler(database, 'balances', async (event, trx) => {
      await credit(event, trx);
      await appendToOutbox(trx, 'consumer', { type: 'balance.credited', data: { cause: event.id } });
    });
    const event = makeEvent('ledger', 'transfer.completed', { owner: 'erin', amount: '1' });
    await handle(event);
    await handle(event);
    const rows = await database.db.selectFrom('outbox').selectAll().where('type', '=', 'balance.credited').execute();
    assert.equal(rows.filter((r) => (r.data as { cause: string }).cause === event.id).length, 1);
  });
}

describe('idempotentHandler (pg)', () => {
  idempotencySuite(postgresHost);
});

describe('idempotentHandler (pglite)', () => {
  idempotencySuite(pgliteHost);
});

/**
 * The whole path: a producer commits state and its event together, the relay publishes it,
 * a durable consumer applies it idempotently; a republished copy changes nothing.
 */
function endToEnd(label: string, setup: () => Promise<{ host: DatabaseHost; bus: Bus; dispose(): Promise<void> }>) {
  it(`outbox → relay → ${label} bus → idempotent consumer, effects once`, async () => {
    const { host, bus, dispose } = await setup();
    const relays: OutboxRelay[] = [];
    try {
      const producer = await host.open('producer');
      const consumer = await host.open('consumer');
      await migrateToLatest(producer, eventsMigrations);
      await migrateToLatest(consumer, consumerMigrations);
      const relay = new OutboxRelay({ database: producer, bus, pollMs: 60_000 });
      relays.push(relay);
      relay.start();
      let calls = 0;
      const source = `p${uniqueSuffix()}`;
      const subscription = await bus.subscribe({
        durable: `balances-${uniqueSuffix()}`,
        filter: `agentvault.${source}.>`,
        handler: idempotentHandler(consumer, 'balances', async (event, trx) => {
          calls += 1;
          await credit(event, trx);
        }),
      });
      const owner = `owner-${randomUUID()}`;
      for (let i = 0; i < 3; i += 1) {
        await producer.db.transaction().execute((trx) => appendToOutbox(trx, source, { type: 'transfer.completed', data: { owner, amount: '10' } }));
        relay.notify();
      }
      await waitFor(async () => (await balance(consumer, owner)) === 30n, { what: 'the consumer to apply three events' });
      // A crash between publish and stamp makes the relay publish again; nothing changes.
      await producer.db.updateTable('outbox').set({ published_at: null }).execute();
      await relay.flush();
      const marker = await producer.db.transaction().execute((trx) => appendToOutbox(trx, source, { type: 'transfer.completed', data: { owner, amount: '1' } }));
      await relay.flush();
      await waitFor(async () => (await balance(consumer, owner)) === 31n, { what: 'the marker event' });
      assert.equal(calls, 4);
      assert.ok(marker.id);
      await subscription.stop();
    } finally {
      for (const r of relays) await r.stop();
      await dispose();
    }
  });
}

describe('events end to end', () => {
  endToEnd('NATS (pg)', async () => {
    const host = await postgresHost();
    const suffix = uniqueSuffix();
    const stream = `AVTEST_${suffix}`;
    const bus = await connectNatsBus({ url: TEST_NATS_URL, stream, subjectPrefix: `avtest_${suffix}` });
    return {
      host,
      bus,
      dispose: async () => {
        await bus.close();
        const nc = await connect({ servers: TEST_NATS_URL });
        await (await nc.jetstreamManager()).streams.delete(stream).finally(() => nc.close());
        await host.dispose();
      },
    };
  });
  endToEnd('embedded (pglite)', async () => {
    const host = await pgliteHost();
    const bus = await createEmbeddedBus({ database: await host.open('eventbus') });
    return {
      host,
      bus,
      dispose: async () => {
        await bus.close();
        await host.dispose();
      },
    };
  });
});
