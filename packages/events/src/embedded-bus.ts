import { sql, type Kysely, type Migration } from 'kysely';
import { migrateToLatest, type Database } from '@agentvault/db';
import { assertDomainEvent, assertDurable, assertFilter, subjectFor, subjectMatches } from './subjects.js';
import { noopLogger, type Bus, type DomainEvent, type Logger, type RetryOptions, type SubscribeOptions, type Subscription } from './types.js';
import type { EmbeddedBusTables } from './tables.js';
import { Signal, errorInfo, retryDelay } from './util.js';

/** Tables of the embedded bus; createEmbeddedBus applies them to the schema it is given. */
export const embeddedBusMigrations: Record<string, Migration> = {
  '0001_embedded_bus': {
    up: async (db) => {
      // The log: one row per distinct event id, in append order.
      await db.schema
        .createTable('bus_log')
        .addColumn('seq', 'bigserial', (c) => c.primaryKey())
        .addColumn('id', 'uuid', (c) => c.notNull().unique())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('event', 'jsonb', (c) => c.notNull())
        .addColumn('appended_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('bus_log_appended_at_idx').on('bus_log').column('appended_at').execute();
      // One cursor per durable consumer: everything up to `position` was delivered (or parked in bus_retries).
      await db.schema
        .createTable('bus_consumers')
        .addColumn('durable', 'text', (c) => c.primaryKey())
        .addColumn('filter', 'text', (c) => c.notNull())
        .addColumn('position', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      // Events whose handler failed, due for another delivery at due_at.
      await db.schema
        .createTable('bus_retries')
        .addColumn('durable', 'text', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('due_at', 'timestamptz', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addPrimaryKeyConstraint('bus_retries_pk', ['durable', 'seq'])
        .execute();
      await db.schema.createIndex('bus_retries_due_idx').on('bus_retries').columns(['durable', 'due_at']).execute();
    },
  },
};

export interface EmbeddedBusOptions {
  /** A database opened on the bus's own schema (e.g. 'eventbus'); the caller opens and closes it. */
  database: Database<EmbeddedBusTables>;
  logger?: Logger;
  /** Fallback poll for events appended by another process or bus instance; default 1000 ms. */
  pollMs?: number;
  /** Events read per round; default 100. */
  batchSize?: number;
  retry?: RetryOptions;
  /** Log entries older than this are pruned (like a stream's max age); default 7 days, 0 keeps them forever. */
  maxAgeMs?: number;
}

/**
 * In-process subscribers to wake on publish, per bus schema. Keyed by schema name only: a
 * spurious wake of an unrelated bus with the same schema name costs one query.
 */
const wakers = new Map<string, Set<Signal>>();

function wakeAll(schema: string): void {
  for (const signal of wakers.get(schema) ?? []) signal.notify();
}

const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * The bus for the embedded default: the same contract as JetStream, backed by tables.
 * Publishing appends to `bus_log` (a duplicate event id is dropped); each durable consumer
 * keeps a cursor in `bus_consumers`, so a restarted process resumes; a failed handler parks
 * the event in `bus_retries` for redelivery with backoff while the consumer goes on.
 * Subscribers in this process are woken at once on publish, others see it on their poll.
 *
 * Appends take an exclusive lock on the log for their (short) transaction so that sequence
 * numbers become visible in order and a cursor never skips an event committed late. No
 * transaction is held while a handler runs, which keeps PGlite (one connection) free for it.
 * One process should run a given durable at a time.
 */
export async function createEmbeddedBus(options: EmbeddedBusOptions): Promise<Bus> {
  const bus = new EmbeddedBus(options);
  await migrateToLatest(options.database, embeddedBusMigrations);
  await bus.prune();
  return bus;
}

class EmbeddedBus implements Bus {
  readonly kind = 'embedded' as const;
  readonly database: Database<EmbeddedBusTables>;
  readonly logger: Logger;
  readonly pollMs: number;
  readonly batchSize: number;
  readonly retry: RetryOptions | undefined;
  private readonly maxAgeMs: number;
  private lastPrune = 0;
  private closed = false;
  private readonly subscriptions = new Map<string, EmbeddedSubscription>();

  constructor(options: EmbeddedBusOptions) {
    this.database = options.database;
    this.logger = options.logger ?? noopLogger;
    this.pollMs = options.pollMs ?? 1000;
    this.batchSize = options.batchSize ?? 100;
    this.retry = options.retry;
    this.maxAgeMs = options.maxAgeMs ?? 7 * 24 * 3600_000;
  }

  async publish(event: DomainEvent): Promise<void> {
    this.assertOpen();
    assertDomainEvent(event);
    const stored: DomainEvent = { id: event.id, type: event.type, source: event.source, occurredAt: event.occurredAt, data: event.data };
    if (event.subject !== undefined) stored.subject = event.subject;
    const { schema } = this.database;
    const inserted = await this.database.db.transaction().execute(async (trx) => {
      await sql`lock table ${sql.id(schema, 'bus_log')} in exclusive mode`.execute(trx);
      return trx
        .insertInto('bus_log')
        .values({ id: event.id, subject: subjectFor(event), event: JSON.stringify(stored) })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('seq')
        .execute();
    });
    if (inserted.length === 0) {
      this.logger.debug({ id: event.id, type: event.type }, 'duplicate event dropped');
      return;
    }
    wakeAll(schema);
    if (this.maxAgeMs > 0 && Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.prune().catch((err) => this.logger.warn({ ...errorInfo(err) }, 'pruning the embedded event log failed'));
    }
  }

  async prune(): Promise<void> {
    this.lastPrune = Date.now();
    if (!(this.maxAgeMs > 0)) return;
    const before = new Date(Date.now() - this.maxAgeMs);
    const db = this.database.db;
    const removed = await db.deleteFrom('bus_log').where('appended_at', '<', before).returning('seq').execute();
    if (removed.length > 0) {
      await db.deleteFrom('bus_retries').where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('bus_log').select('bus_log.seq').whereRef('bus_log.seq', '=', 'bus_retries.seq'))),
      ).execute();
      this.logger.info({ removed: removed.length }, 'pruned old events from the embedded event log');
    }
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    this.assertOpen();
    assertDurable(options.durable);
    assertFilter(options.filter);
    if (typeof options.handler !== 'function') throw new Error('handler is required');
    if (this.subscriptions.has(options.durable)) throw new Error(`durable ${options.durable} is already subscribed on this bus`);
    const db = this.database.db;
    const existing = await db.selectFrom('bus_consumers').select(['filter']).where('durable', '=', options.durable).executeTakeFirst();
    if (!existing) {
      await db.insertInto('bus_consumers').values({ durable: options.durable, filter: options.filter }).onConflict((oc) => oc.column('durable').doNothing()).execute();
    } else if (existing.filter !== options.filter) {
      this.logger.warn({ durable: options.durable, from: existing.filter, to: options.filter }, 'durable consumer filter changed');
      await db.updateTable('bus_consumers').set({ filter: options.filter, updated_at: sql`now()` }).where('durable', '=', options.durable).execute();
    }
    const position = await db.selectFrom('bus_consumers').select(['position']).where('durable', '=', options.durable).executeTakeFirstOrThrow();
    const subscription = new EmbeddedSubscription(this, options, String(position.position), () => this.subscriptions.delete(options.durable));
    this.subscriptions.set(options.durable, subscription);
    subscription.start();
    return subscription;
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.database.ping();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions.values()].map((s) => s.stop()));
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the embedded bus is closed');
  }
}

interface LogRow {
  seq: string | number | bigint;
  subject: string;
  event: unknown;
}

function parseStored(value: unknown): DomainEvent {
  return (typeof value === 'string' ? JSON.parse(value) : value) as DomainEvent;
}

class EmbeddedSubscription implements Subscription {
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly signal = new Signal();
  private readonly durable: string;
  private readonly filter: string;
  private readonly handler: (event: DomainEvent) => Promise<void>;

  constructor(
    private readonly bus: EmbeddedBus,
    options: SubscribeOptions,
    private position: string,
    private readonly onStopped: () => void,
  ) {
    this.durable = options.durable;
    this.filter = options.filter;
    this.handler = options.handler;
  }

  start(): void {
    const schema = this.bus.database.schema;
    let set = wakers.get(schema);
    if (!set) wakers.set(schema, (set = new Set()));
    set.add(this.signal);
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (!this.loop) return;
    this.running = false;
    this.signal.notify();
    await this.loop;
    this.loop = undefined;
    const set = wakers.get(this.bus.database.schema);
    set?.delete(this.signal);
    if (set && set.size === 0) wakers.delete(this.bus.database.schema);
    this.onStopped();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let wait = this.bus.pollMs;
      try {
        const { more, nextRetryAt } = await this.round();
        failures = 0;
        if (more) continue;
        if (nextRetryAt !== undefined) wait = Math.min(wait, Math.max(0, nextRetryAt - Date.now()));
      } catch (err) {
        failures += 1;
        wait = Math.min(50 * 2 ** Math.min(failures, 10), 5000);
        this.bus.logger.warn({ ...errorInfo(err), durable: this.durable, retryInMs: wait }, 'embedded bus consumer round failed');
      }
      if (!this.running) break;
      await this.signal.wait(wait);
    }
  }

  /** Delivers due retries, then new events; says whether there may be more right away. */
  private async round(): Promise<{ more: boolean; nextRetryAt?: number }> {
    const db = this.bus.database.db;
    const batch = this.bus.batchSize;

    const due = await db
      .selectFrom('bus_retries as r')
      .innerJoin('bus_log as l', 'l.seq', 'r.seq')
      .select(['r.seq as seq', 'r.attempts as attempts', 'l.event as event'])
      .where('r.durable', '=', this.durable)
      .where('r.due_at', '<=', new Date())
      .orderBy('r.seq')
      .limit(batch)
      .execute();
    for (const row of due) {
      if (!this.running) return { more: false };
      const error = await this.deliver(parseStored(row.event));
      if (error === undefined) {
        await db.deleteFrom('bus_retries').where('durable', '=', this.durable).where('seq', '=', String(row.seq)).execute();
      } else {
        const attempts = Number(row.attempts) + 1;
        await db
          .updateTable('bus_retries')
          .set({ attempts, due_at: this.dueAt(attempts), last_error: error })
          .where('durable', '=', this.durable)
          .where('seq', '=', String(row.seq))
          .execute();
      }
    }

    const fresh: LogRow[] = await db
      .selectFrom('bus_log')
      .select(['seq', 'subject', 'event'])
      .where('seq', '>', this.position)
      .orderBy('seq')
      .limit(batch)
      .execute();
    let skippedTo: string | undefined;
    for (const row of fresh) {
      if (!this.running) break;
      const seq = String(row.seq);
      if (!subjectMatches(this.filter, row.subject)) {
        skippedTo = seq;
        continue;
      }
      const error = await this.deliver(parseStored(row.event));
      if (error === undefined) {
        await this.advance(db, seq);
        this.position = seq;
      } else {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('bus_retries')
            .values({ durable: this.durable, seq, attempts: 1, due_at: this.dueAt(1), last_error: error })
            .onConflict((oc) => oc.columns(['durable', 'seq']).doNothing())
            .execute();
          await this.advance(trx, seq);
        });
        this.position = seq;
      }
      skippedTo = undefined;
    }
    if (skippedTo !== undefined) {
      await this.advance(db, skippedTo);
      this.position = skippedTo;
    }

    const next = await db
      .selectFrom('bus_retries')
      .select((eb) => eb.fn.min('due_at').as('due_at'))
      .where('durable', '=', this.durable)
      .executeTakeFirst();
    const nextRetryAt = next?.due_at ? new Date(next.due_at).getTime() : undefined;
    return { more: this.running && (due.length === batch || fresh.length === batch), nextRetryAt };
  }

  private async advance(db: Kysely<EmbeddedBusTables>, seq: string): Promise<void> {
    await db.updateTable('bus_consumers').set({ position: seq, updated_at: sql`now()` }).where('durable', '=', this.durable).execute();
  }

  private dueAt(attempts: number): string {
    return new Date(Date.now() + retryDelay(attempts, this.bus.retry)).toISOString();
  }

  /** Runs the handler; returns undefined on success or the error message. */
  private async deliver(event: DomainEvent): Promise<string | undefined> {
    try {
      await this.handler(event);
      return undefined;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.bus.logger.warn({ ...errorInfo(err), durable: this.durable, id: event.id, type: event.type }, 'event handler failed; will retry');
      return message;
    }
  }
}
