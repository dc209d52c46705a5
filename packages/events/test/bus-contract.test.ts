import assert from 'node:assert/strict';
import { connect } from 'nats';
import { TEST_NATS_URL, uniqueSuffix, waitFor } from '@agentvault/testing';
import { connectNatsBus, createEmbeddedBus, type Bus, type DomainEvent } from '../src/index.js';
import { collect, makeEvent, pgliteHost, postgresHost, uniqueDurable, uniqueSource, type DatabaseHost } from './helpers.js';

/**
 * What every Bus adapter promises. `open()` may be called several times: each call is a new
 * bus instance over the same durable state, i.e. a process restart.
 */
interface BusHarness {
  open(): Promise<Bus>;
  dispose(): Promise<void>;
}

const fastRetry = { initialDelayMs: 20, maxDelayMs: 200 };

function busContract(setup: () => Promise<BusHarness>) {
  let harness: BusHarness;
  let bus: Bus;
  const opened: Bus[] = [];
  const open = async () => {
    const b = await harness.open();
    opened.push(b);
    return b;
  };

  before(async () => {
    harness = await setup();
    bus = await open();
  });
  after(async () => {
    for (const b of opened) await b.close();
    await harness?.dispose();
  });

  it('delivers a published event to a durable subscriber, unchanged', async () => {
    const src = uniqueSource();
    const got = await collect(bus, uniqueDurable('receive'), `agentvault.${src}.>`);
    const event = makeEvent(src, 'agent.created', { name: 'scout', amount: '1.000000000000000000', nested: { ok: true } }, 'did:av:123');
    await bus.publish(event);
    await waitFor(() => got.events.length === 1, { what: 'the event' });
    assert.deepEqual(got.events[0], event);
    await got.subscription.stop();
  });

  it('gives a new durable the events published before it first subscribed', async () => {
    const src = uniqueSource();
    const early = makeEvent(src, 'developer.registered');
    await bus.publish(early);
    const got = await collect(bus, uniqueDurable('late'), `agentvault.${src}.>`);
    await waitFor(() => got.events.length === 1, { what: 'the earlier event' });
    assert.equal(got.events[0].id, early.id);
    await got.subscription.stop();
  });

  it('delivers a duplicate publish of the same event id once', async () => {
    const src = uniqueSource();
    const got = await collect(bus, uniqueDurable('dup'), `agentvault.${src}.>`);
    const event = makeEvent(src, 'agent.created', { n: 1 });
    await bus.publish(event);
    await bus.publish(event);
    await bus.publish({ ...event, data: { n: 2 } }); // same id: still the same event
    const marker = makeEvent(src, 'marker.sent');
    await bus.publish(marker);
    // Delivery is in order, so once the marker is in, any duplicate would have been too.
    await waitFor(() => got.ids().includes(marker.id), { what: 'the marker' });
    assert.deepEqual(got.ids(), [event.id, marker.id]);
    assert.deepEqual(got.events[0].data, { n: 1 });
    await got.subscription.stop();
  });

  it('redelivers an event whose handler failed until the handler succeeds, without holding up the rest', async () => {
    const src = uniqueSource();
    const flaky = makeEvent(src, 'payment.settled');
    const other = makeEvent(src, 'payment.released');
    let attempts = 0;
    const got = await collect(bus, uniqueDurable('retry'), `agentvault.${src}.>`, async (event) => {
      if (event.id !== flaky.id) return;
      attempts += 1;
      if (attempts < 3) throw new Error(`transient failure ${attempts}`);
    });
    await bus.publish(flaky);
    await bus.publish(other);
    await waitFor(() => got.ids().includes(flaky.id), { what: 'the flaky event to succeed' });
    assert.equal(attempts, 3);
    assert.ok(got.ids().includes(other.id));
    assert.equal(got.ids().filter((id) => id === flaky.id).length, 1);
    await got.subscription.stop();
  });

  it('resumes a durable after a restart with what it missed, and not what it acknowledged', async () => {
    const src = uniqueSource();
    const durable = uniqueDurable('resume');
    const filter = `agentvault.${src}.>`;
    const restarting = await open();
    const first = await collect(restarting, durable, filter);
    const seen = [makeEvent(src, 'agent.created'), makeEvent(src, 'agent.updated')];
    for (const e of seen) await bus.publish(e);
    await waitFor(() => first.events.length === 2, { what: 'the first two events' });
    await first.subscription.stop();
    await restarting.close();

    const missed = [makeEvent(src, 'agent.suspended'), makeEvent(src, 'agent.deleted')];
    for (const e of missed) await bus.publish(e);

    const restarted = await open();
    const second = await collect(restarted, durable, filter);
    const marker = makeEvent(src, 'marker.sent');
    await bus.publish(marker);
    await waitFor(() => second.ids().includes(marker.id), { what: 'the marker after the restart' });
    assert.deepEqual(second.ids(), [...missed.map((e) => e.id), marker.id]);
    assert.deepEqual(first.ids(), seen.map((e) => e.id));
    await second.subscription.stop();
  });

  it('gives every event to each of two durables', async () => {
    const src = uniqueSource();
    const filter = `agentvault.${src}.>`;
    const a = await collect(bus, uniqueDurable('a'), filter);
    const b = await collect(bus, uniqueDurable('b'), filter);
    const events = Array.from({ length: 5 }, (_, i) => makeEvent(src, 'transfer.completed', { i }));
    for (const e of events) await bus.publish(e);
    await waitFor(() => a.events.length === 5 && b.events.length === 5, { what: 'both durables' });
    assert.deepEqual(a.ids(), events.map((e) => e.id));
    assert.deepEqual(b.ids(), events.map((e) => e.id));
    await a.subscription.stop();
    await b.subscription.stop();
  });

  it('delivers only what the subject filter matches', async () => {
    const src = uniqueSource();
    const otherSrc = uniqueSource();
    const exact = await collect(bus, uniqueDurable('exact'), `agentvault.${src}.agent.created`);
    const star = await collect(bus, uniqueDurable('star'), `agentvault.${src}.agent.*`);
    const anySource = await collect(bus, uniqueDurable('any'), `agentvault.*.developer.registered`);
    const all = await collect(bus, uniqueDurable('all'), `agentvault.${src}.>`);
    const created = makeEvent(src, 'agent.created');
    const rotated = makeEvent(src, 'agent.key.rotated');
    const registered = makeEvent(src, 'developer.registered');
    const elsewhere = makeEvent(otherSrc, 'agent.created');
    for (const e of [created, rotated, registered, elsewhere]) await bus.publish(e);
    const marker = makeEvent(src, 'marker.sent');
    await bus.publish(marker);
    await waitFor(() => all.ids().includes(marker.id), { what: 'the marker' });
    // The others see the same stream in the same order; wait until each has passed the point of `registered`.
    await waitFor(() => anySource.ids().includes(registered.id) && star.ids().includes(created.id) && exact.ids().includes(created.id), { what: 'the filtered durables' });
    const markerForExact = makeEvent(src, 'agent.created', { marker: true });
    await bus.publish(markerForExact);
    await waitFor(() => [exact, star, all].every((c) => c.ids().includes(markerForExact.id)), { what: 'the second marker' });
    assert.deepEqual(all.ids(), [created.id, rotated.id, registered.id, marker.id, markerForExact.id]);
    assert.deepEqual(exact.ids(), [created.id, markerForExact.id]);
    assert.deepEqual(star.ids(), [created.id, markerForExact.id]);
    assert.ok(anySource.ids().includes(registered.id));
    assert.ok(!anySource.ids().some((id) => [created.id, rotated.id, elsewhere.id].includes(id)));
    for (const c of [exact, star, anySource, all]) await c.subscription.stop();
  });

  it('refuses bad names, answers ping while open and rejects use after close', async () => {
    const own = await open();
    await own.ping();
    await assert.rejects(own.subscribe({ durable: 'has.dot', filter: 'agentvault.>', handler: async () => {} }));
    await assert.rejects(own.subscribe({ durable: 'ok', filter: 'agentvault.>.x', handler: async () => {} }));
    await assert.rejects(own.publish({ ...makeEvent('identity', 'agent.created'), id: 'not-a-uuid' }));
    await assert.rejects(own.publish(makeEvent('bad source', 'agent.created')));
    await own.close();
    await own.close();
    await assert.rejects(own.ping());
    await assert.rejects(own.publish(makeEvent('identity', 'agent.created')));
  });
}

describe('bus contract: nats', () => {
  const suffix = uniqueSuffix();
  const stream = `AVTEST_${suffix}`;
  busContract(async () => ({
    open: () => connectNatsBus({ url: TEST_NATS_URL, stream, subjectPrefix: `avtest_${suffix}`, retry: fastRetry }),
    dispose: async () => {
      const nc = await connect({ servers: TEST_NATS_URL });
      try {
        const jsm = await nc.jetstreamManager();
        await jsm.streams.delete(stream);
      } finally {
        await nc.close();
      }
    },
  }));
});

function embeddedHarness(host: () => Promise<DatabaseHost>) {
  return async (): Promise<BusHarness> => {
    const h = await host();
    return {
      // A new Database and a new bus per open(): what a restarted process would have.
      open: async () => createEmbeddedBus({ database: await h.open('eventbus'), retry: fastRetry }),
      dispose: () => h.dispose(),
    };
  };
}

describe('bus contract: embedded (pg)', () => {
  busContract(embeddedHarness(postgresHost));
});

describe('bus contract: embedded (pglite)', () => {
  busContract(embeddedHarness(pgliteHost));
});

describe('embedded bus specifics', () => {
  let host: DatabaseHost;
  before(async () => (host = await postgresHost()));
  after(async () => host.dispose());

  it('sees events appended by another bus instance (another process) on its poll', async () => {
    const database = await host.open('eventbus');
    const reader = await createEmbeddedBus({ database, pollMs: 50 });
    const writer = await createEmbeddedBus({ database: await host.open('eventbus'), pollMs: 50 });
    const src = uniqueSource();
    const got = await collect(reader, uniqueDurable('poll'), `agentvault.${src}.>`);
    const events: DomainEvent[] = [makeEvent(src, 'a.b'), makeEvent(src, 'a.c')];
    await Promise.all(events.map((e) => writer.publish(e)));
    await waitFor(() => got.events.length === 2, { what: 'both events' });
    await reader.close();
    await writer.close();
  });
});
