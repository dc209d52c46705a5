import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from 'nats';
import { startPrivateNats, waitFor, type PrivateNats } from '@agentvault/testing';
import { connectNatsBus, type Bus } from '../src/index.js';
import { collect, makeEvent, uniqueDurable, uniqueSource } from './helpers.js';

/**
 * A private nats-server with JetStream (packages/testing), so the test can take it down and bring
 * it back: it binds a port of its choosing, and a restart takes that port again.
 */
class PrivateServer {
  private running: PrivateNats | undefined;
  private port: number | undefined;
  constructor(readonly storeDir: string) {}
  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.running = await startPrivateNats(this.storeDir, this.port);
    this.port = this.running.port;
  }
  async stop(): Promise<void> {
    await this.running?.kill();
    this.running = undefined;
  }
}

describe('nats bus resilience', function () {
  let server: PrivateServer | undefined;
  let storeDir: string;
  let bus: Bus | undefined;

  before(async function () {
    storeDir = mkdtempSync(path.join(tmpdir(), 'av-nats-'));
    const candidate = new PrivateServer(storeDir);
    try {
      await candidate.start();
      server = candidate;
    } catch {
      this.skip(); // no nats-server binary here: the shared server covers everything else
    }
  });
  after(async () => {
    await bus?.close();
    await server?.stop();
    rmSync(storeDir, { recursive: true, force: true });
  });

  it('fails ping and publish while the server is down, then reconnects and resumes the durable', async () => {
    const s = server!;
    bus = await connectNatsBus({ url: s.url, publishTimeoutMs: 500, retry: { initialDelayMs: 20 } });
    await bus.ping();
    const src = uniqueSource();
    const got = await collect(bus, uniqueDurable('survivor'), `agentvault.${src}.>`);
    const before = makeEvent(src, 'agent.created');
    await bus.publish(before);
    await waitFor(() => got.ids().includes(before.id), { what: 'the event before the outage' });

    await s.stop();
    await assert.rejects(bus.ping());
    await assert.rejects(bus.publish(makeEvent(src, 'agent.updated')));

    await s.start();
    await waitFor(async () => {
      await bus!.ping();
      return true;
    }, { what: 'the bus to reconnect' });
    const after = makeEvent(src, 'agent.deleted');
    await waitFor(async () => {
      await bus!.publish(after); // the outbox relay would retry just like this; duplicates are dropped
      return true;
    }, { what: 'a publish after the outage' });
    await waitFor(() => got.ids().includes(after.id), { timeoutMs: 15_000, what: 'the subscriber to resume' });
    assert.equal(got.ids().filter((id) => id === after.id).length, 1);
    await got.subscription.stop();
  });

  it('recreates a durable consumer that was deleted under it', async () => {
    const s = server!;
    bus ??= await connectNatsBus({ url: s.url, retry: { initialDelayMs: 20 } });
    const src = uniqueSource();
    const durable = uniqueDurable('phoenix');
    const got = await collect(bus, durable, `agentvault.${src}.>`);
    const first = makeEvent(src, 'agent.created');
    await bus.publish(first);
    await waitFor(() => got.ids().includes(first.id), { what: 'the first event' });

    const nc = await connect({ servers: s.url });
    await (await nc.jetstreamManager()).consumers.delete('AGENTVAULT', durable);
    await nc.close();

    const second = makeEvent(src, 'agent.updated');
    await bus.publish(second);
    await waitFor(() => got.ids().includes(second.id), { timeoutMs: 15_000, what: 'delivery after the consumer was recreated' });
    await got.subscription.stop();
  });
});
