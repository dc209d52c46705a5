import {
  AckPolicy, ConsumerEvents, DeliverPolicy, DiscardPolicy, ReplayPolicy, RetentionPolicy, StorageType,
  connect, nanos,
  type ConsumerMessages, type JetStreamClient, type JetStreamManager, type JsMsg, type NatsConnection, type StreamConfig,
} from 'nats';
import { SUBJECT_ROOT, assertDomainEvent, assertDurable, assertFilter, subjectFor } from './subjects.js';
import { noopLogger, type Bus, type DomainEvent, type Logger, type RetryOptions, type SubscribeOptions, type Subscription } from './types.js';
import { errorInfo, retryDelay, withTimeout } from './util.js';

export interface NatsBusOptions {
  /** nats://host:port, or several separated by commas. */
  url: string;
  /** The JetStream stream; default 'AGENTVAULT' (or the upper-cased subjectPrefix when that is given). */
  stream?: string;
  /**
   * The first subject token on the wire, default 'agentvault'. Events, filters and the stream
   * are still written as 'agentvault.<source>.<type>'; only the wire subject changes. Streams
   * may not overlap, so a test that wants its own stream next to a real one gives both a
   * stream name and a prefix of its own.
   */
  subjectPrefix?: string;
  logger?: Logger;
  /** Connection name shown by the server. */
  name?: string;
  /** The stream's duplicate window (Nats-Msg-Id dedup); default 10 minutes. */
  duplicateWindowMs?: number;
  /** How long the stream keeps events; default 7 days. */
  maxAgeMs?: number;
  replicas?: number;
  /** Redelivery if a handler neither finishes nor reports progress within this; default 30 s. */
  ackWaitMs?: number;
  /** Wait for the stream's publish acknowledgement; default 5 s. */
  publishTimeoutMs?: number;
  /** Messages pulled per request; default 20. */
  batchSize?: number;
  retry?: RetryOptions;
}

const STREAM_NOT_FOUND = 10059;
const CONSUMER_NOT_FOUND = 10014;

function apiErrorCode(err: unknown): number | undefined {
  const api = (err as { api_error?: { err_code?: number } } | undefined)?.api_error;
  return api?.err_code;
}

/** Maps a logical subject or filter ('agentvault.…') to the wire ('<prefix>.…'). */
function toWire(prefix: string, subjectOrFilter: string): string {
  const tokens = subjectOrFilter.split('.');
  if (tokens[0] === '>') return `${prefix}.>`;
  if (tokens[0] !== SUBJECT_ROOT && tokens[0] !== '*') {
    throw new Error(`subject filter ${JSON.stringify(subjectOrFilter)} must start with '${SUBJECT_ROOT}.'`);
  }
  tokens[0] = prefix;
  return tokens.join('.');
}

/**
 * The production bus: NATS JetStream. One stream over '<prefix>.>' with a duplicate window;
 * publish sets Nats-Msg-Id to the event id and waits for the stream's acknowledgement. A
 * subscription is a durable pull consumer with explicit acks: ack after the handler resolves,
 * nak with backoff when it rejects, `working()` while it runs long. Several processes with the
 * same durable share its events. The connection reconnects forever.
 */
export async function connectNatsBus(options: NatsBusOptions): Promise<Bus> {
  const prefix = options.subjectPrefix ?? SUBJECT_ROOT;
  if (!/^[A-Za-z0-9_-]+$/.test(prefix)) throw new Error(`invalid subjectPrefix ${JSON.stringify(prefix)}`);
  const stream = options.stream ?? prefix.toUpperCase();
  if (!/^[A-Za-z0-9_-]+$/.test(stream)) throw new Error(`invalid stream name ${JSON.stringify(stream)}`);
  const logger = options.logger ?? noopLogger;
  const nc = await connect({
    servers: options.url.split(',').map((s) => s.trim()).filter(Boolean),
    name: options.name ?? 'agentvault',
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    reconnectJitter: 250,
    // A stack trace captured for every publish and request cost about a tenth of the relay's CPU.
    noAsyncTraces: true,
  });
  try {
    const jsm = await nc.jetstreamManager();
    const bus = new NatsBus(nc, jsm, nc.jetstream(), { ...options, prefix, stream, logger });
    await bus.ensureStream();
    bus.watchConnection();
    logger.info({ stream, server: nc.getServer() }, 'connected to NATS JetStream');
    return bus;
  } catch (err) {
    await nc.close().catch(() => {});
    throw err;
  }
}

type Settings = NatsBusOptions & { prefix: string; stream: string; logger: Logger };

class NatsBus implements Bus {
  readonly kind = 'nats' as const;
  readonly logger: Logger;
  readonly stream: string;
  private closing = false;
  /** False between a 'disconnect' and the next 'reconnect': ping and publish then fail at once. */
  private connected = true;
  private readonly subscriptions = new Set<NatsSubscription>();

  constructor(
    private readonly nc: NatsConnection,
    readonly jsm: JetStreamManager,
    readonly js: JetStreamClient,
    readonly settings: Settings,
  ) {
    this.logger = settings.logger;
    this.stream = settings.stream;
  }

  async ensureStream(): Promise<void> {
    const subjects = [`${this.settings.prefix}.>`];
    const duplicateWindow = nanos(this.settings.duplicateWindowMs ?? 10 * 60_000);
    const maxAge = nanos(this.settings.maxAgeMs ?? 7 * 24 * 3600_000);
    let existing: StreamConfig | undefined;
    try {
      existing = (await this.jsm.streams.info(this.stream)).config;
    } catch (err) {
      if (apiErrorCode(err) !== STREAM_NOT_FOUND) throw err;
    }
    if (!existing) {
      try {
        await this.jsm.streams.add({
          name: this.stream,
          subjects,
          retention: RetentionPolicy.Limits,
          storage: StorageType.File,
          discard: DiscardPolicy.Old,
          max_age: maxAge,
          duplicate_window: duplicateWindow,
          num_replicas: this.settings.replicas ?? 1,
        });
        return;
      } catch (err) {
        // Another process may have created it meanwhile; then fall through and reconcile.
        existing = (await this.jsm.streams.info(this.stream).catch(() => { throw err; })).config;
      }
    }
    const sameSubjects = existing.subjects?.length === 1 && existing.subjects[0] === subjects[0];
    if (!sameSubjects || existing.duplicate_window !== duplicateWindow || existing.max_age !== maxAge) {
      await this.jsm.streams.update(this.stream, { ...existing, subjects, duplicate_window: duplicateWindow, max_age: maxAge });
      this.logger.info({ stream: this.stream }, 'updated JetStream stream configuration');
    }
  }

  watchConnection(): void {
    void (async () => {
      for await (const s of this.nc.status()) {
        const info = { type: s.type, data: typeof s.data === 'object' ? undefined : s.data };
        if (s.type === 'disconnect') this.connected = false;
        else if (s.type === 'reconnect') this.connected = true;
        if (s.type === 'disconnect' || s.type === 'staleConnection') this.logger.warn(info, 'NATS connection lost; reconnecting');
        else if (s.type === 'reconnect') this.logger.info(info, 'NATS reconnected');
        else if (s.type === 'error') this.logger.error(info, 'NATS connection error');
        else this.logger.debug(info, 'NATS connection status');
      }
    })().catch(() => {});
  }

  wire(subjectOrFilter: string): string {
    return toWire(this.settings.prefix, subjectOrFilter);
  }

  async publish(event: DomainEvent): Promise<void> {
    this.assertUsable();
    assertDomainEvent(event);
    const payload: DomainEvent = { id: event.id, type: event.type, source: event.source, occurredAt: event.occurredAt, data: event.data };
    if (event.subject !== undefined) payload.subject = event.subject;
    const ack = await this.js.publish(this.wire(subjectFor(event)), JSON.stringify(payload), {
      msgID: event.id,
      expect: { streamName: this.stream },
      timeout: this.settings.publishTimeoutMs ?? 5000,
    });
    if (ack.duplicate) this.logger.debug({ id: event.id, type: event.type }, 'duplicate event dropped by JetStream');
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    if (this.closing) throw new Error('the NATS bus is closed');
    assertDurable(options.durable);
    assertFilter(options.filter);
    if (typeof options.handler !== 'function') throw new Error('handler is required');
    const subscription = new NatsSubscription(this, options, this.wire(options.filter), () => this.subscriptions.delete(subscription));
    await subscription.ensureConsumer();
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  private assertUsable(): void {
    if (this.closing || this.nc.isClosed()) throw new Error('the NATS bus is closed');
    if (!this.connected) throw new Error('NATS is disconnected (reconnecting)');
  }

  async ping(): Promise<void> {
    this.assertUsable();
    await withTimeout(this.jsm.streams.info(this.stream), 2000, 'NATS JetStream ping');
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (!this.nc.isClosed()) {
      await this.nc.drain().catch(async () => {
        await this.nc.close().catch(() => {});
      });
    }
  }
}

class NatsSubscription implements Subscription {
  private running = false;
  private loop: Promise<void> | undefined;
  private messages: ConsumerMessages | undefined;
  private readonly durable: string;
  private readonly handler: (event: DomainEvent) => Promise<void>;
  private readonly batchHandler: ((events: DomainEvent[]) => Promise<void>) | undefined;
  private readonly maxBatch: number;
  private wakeFromBackoff: (() => void) | undefined;

  constructor(
    private readonly bus: NatsBus,
    options: SubscribeOptions,
    private readonly wireFilter: string,
    private readonly onStopped: () => void,
  ) {
    this.durable = options.durable;
    this.handler = options.handler;
    this.batchHandler = options.batchHandler;
    this.maxBatch = Math.max(1, options.maxBatch ?? 100);
  }

  private get ackWaitMs(): number {
    return this.bus.settings.ackWaitMs ?? 30_000;
  }

  async ensureConsumer(): Promise<void> {
    const { jsm, stream, logger } = this.bus;
    let filter: string | undefined;
    try {
      filter = (await jsm.consumers.info(stream, this.durable)).config.filter_subject;
    } catch (err) {
      const code = apiErrorCode(err);
      if (code === STREAM_NOT_FOUND) {
        await this.bus.ensureStream();
      } else if (code !== CONSUMER_NOT_FOUND) {
        throw err;
      }
      await jsm.consumers.add(stream, {
        durable_name: this.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        replay_policy: ReplayPolicy.Instant,
        filter_subject: this.wireFilter,
        ack_wait: nanos(this.ackWaitMs),
        max_deliver: -1,
        max_ack_pending: 1000,
      });
      return;
    }
    if (filter !== this.wireFilter) {
      logger.warn({ durable: this.durable, from: filter, to: this.wireFilter }, 'durable consumer filter changed');
      try {
        await jsm.consumers.update(stream, this.durable, { filter_subject: this.wireFilter });
      } catch (err) {
        throw new Error(`durable consumer ${this.durable} has filter ${filter}, and the server refused to change it to ${this.wireFilter}: ${(err as Error).message}`, { cause: err });
      }
    }
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (!this.loop) return;
    this.running = false;
    this.wakeFromBackoff?.();
    this.messages?.stop();
    await this.loop;
    this.loop = undefined;
    this.onStopped();
  }

  private async run(): Promise<void> {
    let failures = 0;
    let first = true;
    while (this.running) {
      try {
        if (!first) await this.ensureConsumer();
        first = false;
        const consumer = await this.bus.js.consumers.get(this.bus.stream, this.durable);
        const messages = await consumer.consume({ max_messages: this.bus.settings.batchSize ?? 20, abort_on_missing_resource: true });
        this.messages = messages;
        if (!this.running) messages.stop();
        void this.watch(messages);
        failures = 0;
        if (this.batchHandler) {
          await this.consumeInBatches(messages);
        } else {
          for await (const m of messages) {
            if (!this.running) {
              m.nak(); // fetched but not handled: hand it back at once
              continue;
            }
            await this.handle(m);
          }
        }
        if (this.running) this.bus.logger.warn({ durable: this.durable }, 'consumer stopped delivering; resubscribing');
      } catch (err) {
        if (!this.running) break;
        failures += 1;
        this.bus.logger.warn({ ...errorInfo(err), durable: this.durable, failures }, 'consumer failed; resubscribing');
      } finally {
        this.messages = undefined;
      }
      if (this.running) await this.backoff(Math.min(100 * 2 ** Math.min(failures, 6), 5000));
    }
  }

  private async watch(messages: ConsumerMessages): Promise<void> {
    try {
      for await (const s of await messages.status()) {
        if (s.type === ConsumerEvents.ConsumerDeleted || s.type === ConsumerEvents.ConsumerNotFound || s.type === ConsumerEvents.StreamNotFound) {
          this.bus.logger.warn({ durable: this.durable, status: s.type }, 'consumer lost; recreating it');
          messages.stop();
        } else {
          this.bus.logger.debug({ durable: this.durable, status: s.type, data: s.data }, 'consumer status');
        }
      }
    } catch {
      // status iterator ended with the messages
    }
  }

  private backoff(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeFromBackoff = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeFromBackoff = done;
    });
  }

  /**
   * Group consumption: a message that finds the handler idle is handled at once; the ones that
   * arrive meanwhile wait and go to the batch handler together, in order, one batch at a time.
   */
  private async consumeInBatches(messages: ConsumerMessages): Promise<void> {
    const waiting: JsMsg[] = [];
    let draining: Promise<void> | undefined;
    const drain = async () => {
      while (waiting.length > 0) await this.handleBatch(waiting.splice(0, this.maxBatch));
      draining = undefined;
    };
    try {
      for await (const m of messages) {
        if (!this.running) {
          m.nak(); // fetched but not handled: hand it back at once
          continue;
        }
        waiting.push(m);
        draining ??= drain();
        if (waiting.length >= this.maxBatch) await draining;
      }
    } finally {
      await draining;
    }
  }

  private async handleBatch(batch: JsMsg[]): Promise<void> {
    if (batch.length === 1) return this.handle(batch[0]!);
    const taken: Array<{ m: JsMsg; event: DomainEvent }> = [];
    for (const m of batch) {
      try {
        const event = JSON.parse(m.string()) as DomainEvent;
        assertDomainEvent(event);
        taken.push({ m, event });
      } catch (err) {
        this.bus.logger.error({ ...errorInfo(err), durable: this.durable, subject: m.subject, seq: m.seq }, 'message is not a domain event; dropping it');
        m.term();
      }
    }
    if (taken.length === 0) return;
    const progress = setInterval(() => taken.forEach(({ m }) => m.working()), Math.max(1000, Math.floor(this.ackWaitMs / 3)));
    try {
      await this.batchHandler!(taken.map((t) => t.event));
    } catch (err) {
      this.bus.logger.warn({ ...errorInfo(err), durable: this.durable, events: taken.length }, 'batch handler failed; handling its events one by one');
      clearInterval(progress);
      for (const { m } of taken) await this.handle(m);
      return;
    } finally {
      clearInterval(progress);
    }
    await Promise.all(
      taken.map(({ m, event }) =>
        m.ackAck().catch((err: unknown) => this.bus.logger.warn({ ...errorInfo(err), durable: this.durable, id: event.id }, 'could not confirm the ack')),
      ),
    );
  }

  private async handle(m: JsMsg): Promise<void> {
    let event: DomainEvent;
    try {
      event = JSON.parse(m.string()) as DomainEvent;
      assertDomainEvent(event);
    } catch (err) {
      this.bus.logger.error({ ...errorInfo(err), durable: this.durable, subject: m.subject, seq: m.seq }, 'message is not a domain event; dropping it');
      m.term();
      return;
    }
    const progress = setInterval(() => m.working(), Math.max(1000, Math.floor(this.ackWaitMs / 3)));
    try {
      await this.handler(event);
    } catch (err) {
      const attempt = m.info.redeliveryCount;
      const delay = retryDelay(attempt, this.bus.settings.retry);
      this.bus.logger.warn({ ...errorInfo(err), durable: this.durable, id: event.id, type: event.type, attempt, retryInMs: delay }, 'event handler failed; will retry');
      m.nak(delay);
      return;
    } finally {
      clearInterval(progress);
    }
    try {
      await m.ackAck();
    } catch (err) {
      // The event will come again; idempotent consumers make that harmless.
      this.bus.logger.warn({ ...errorInfo(err), durable: this.durable, id: event.id }, 'could not confirm the ack');
    }
  }
}
