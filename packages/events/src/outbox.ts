import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration, type RawBuilder, type Selectable } from 'kysely';
import { byColumns, type ColumnTypes, type Database } from '@agentvault/db';
import { outboxView, type OutboxTable, type OutboxTables } from './tables.js';
import { assertDomainEvent, assertEventNames, isUuid } from './subjects.js';
import { noopLogger, type Bus, type DomainEvent, type Logger } from './types.js';
import { Signal, errorInfo, toIso } from './util.js';

/**
 * Merge these into a service's own migrations. They create, in the service's schema, the
 * `outbox` (events written in the same transaction as the state change, published by the
 * OutboxRelay) and `processed_events` (what each idempotent consumer has already handled).
 * The names sort before a service's own '0001_...' migrations.
 */
export const eventsMigrations: Record<string, Migration> = {
  '0000_events_0001_outbox': {
    up: async (db) => {
      await db.schema
        .createTable('outbox')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('seq', 'bigserial', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('data', 'jsonb', (c) => c.notNull())
        .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('published_at', 'timestamptz')
        .execute();
      await db.schema
        .createIndex('outbox_unpublished_idx')
        .on('outbox')
        .column('seq')
        .where(sql.ref('published_at'), 'is', null)
        .execute();
    },
    down: async (db) => {
      await db.schema.dropTable('outbox').execute();
    },
  },
  '0000_events_0002_processed_events': {
    up: async (db) => {
      await db.schema
        .createTable('processed_events')
        .addColumn('consumer', 'text', (c) => c.notNull())
        .addColumn('event_id', 'uuid', (c) => c.notNull())
        .addColumn('processed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('processed_events_pk', ['consumer', 'event_id'])
        .execute();
    },
    down: async (db) => {
      await db.schema.dropTable('processed_events').execute();
    },
  },
};

export interface NewEvent {
  type: string;
  data: Record<string, unknown>;
  subject?: string;
  /** A uuid; generated when absent. Give one to make a retried command emit the same event. */
  id?: string;
}

/**
 * Writes an event to the outbox. Call it with the transaction that makes the state change
 * (a schema-scoped Kysely or Transaction) so the event commits, or rolls back, with it; after
 * the commit, call `relay.notify()` to publish without waiting for the relay's poll.
 */
export async function appendToOutbox<DB extends OutboxTables>(trx: Kysely<DB>, source: string, event: NewEvent): Promise<DomainEvent> {
  assertEventNames(source, event.type);
  const id = event.id ?? randomUUID();
  if (!isUuid(id)) throw new Error(`event id must be a uuid, got ${JSON.stringify(id)}`);
  if (!event.data || typeof event.data !== 'object' || Array.isArray(event.data)) throw new Error('event data must be an object');
  if (event.subject !== undefined && typeof event.subject !== 'string') throw new Error('event subject must be a string');
  // What subscribers will see: JSON, so Dates become strings and bigints are refused here, not later.
  const json = JSON.stringify(event.data);
  const occurredAt = new Date().toISOString();
  await outboxView(trx)
    .insertInto('outbox')
    .values({ id, type: event.type, source, subject: event.subject ?? null, data: json, occurred_at: occurredAt })
    .execute();
  const appended: DomainEvent = { id, type: event.type, source, occurredAt, data: JSON.parse(json) as Record<string, unknown> };
  if (event.subject !== undefined) appended.subject = event.subject;
  return appended;
}

/** `appendToOutbox` for several events in one statement (a batch of movements); the same checks, in order. */
const OUTBOX_COLUMNS: ColumnTypes<{ id: string; type: string; source: string; subject: string | null; data: string; occurred_at: string }> = {
  id: 'uuid', type: 'text', source: 'text', subject: 'text', data: 'jsonb', occurred_at: 'timestamptz',
};

export async function appendManyToOutbox<DB extends OutboxTables>(trx: Kysely<DB>, source: string, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const { columns, rows } = outboxRows(source, events);
  await outboxView(trx).insertInto('outbox').columns(columns).expression(rows).execute();
}

/**
 * The insert of `appendManyToOutbox` as a statement of its own, for a service that writes its
 * outbox rows inside a larger statement (a data-modifying `with`), so that they still commit
 * with its state change. `schema` is the service's (raw SQL is not schema-scoped by kysely).
 * The caller wakes the relay after the commit, as with appendToOutbox.
 */
export function outboxInsertStatement(schema: string, source: string, events: readonly NewEvent[]): RawBuilder<unknown> {
  if (events.length === 0) throw new Error('outboxInsertStatement needs at least one event');
  const { columns, rows } = outboxRows(source, events);
  return sql`insert into ${sql.id(schema, 'outbox')} (${sql.join(columns.map((c) => sql.id(c)))}) ${rows}`;
}

function outboxRows(source: string, events: readonly NewEvent[]) {
  const occurredAt = new Date().toISOString();
  const rows = events.map((event) => {
    assertEventNames(source, event.type);
    const id = event.id ?? randomUUID();
    if (!isUuid(id)) throw new Error(`event id must be a uuid, got ${JSON.stringify(id)}`);
    if (!event.data || typeof event.data !== 'object' || Array.isArray(event.data)) throw new Error('event data must be an object');
    if (event.subject !== undefined && typeof event.subject !== 'string') throw new Error('event subject must be a string');
    return { id, type: event.type, source, subject: event.subject ?? null, data: JSON.stringify(event.data), occurred_at: occurredAt };
  });
  return byColumns(OUTBOX_COLUMNS, rows);
}

type OutboxRow = Pick<Selectable<OutboxTable>, 'id' | 'seq' | 'type' | 'source' | 'subject' | 'data' | 'occurred_at'>;

function rowToEvent(row: OutboxRow): DomainEvent {
  const data = typeof row.data === 'string' ? (JSON.parse(row.data) as Record<string, unknown>) : row.data;
  const event: DomainEvent = { id: row.id, type: row.type, source: row.source, occurredAt: toIso(row.occurred_at), data };
  if (row.subject !== null && row.subject !== undefined) event.subject = row.subject;
  return event;
}

export interface OutboxRelayOptions<DB extends OutboxTables = OutboxTables> {
  /** The service's database; its schema holds the `outbox` table. */
  database: Database<DB>;
  bus: Bus;
  logger?: Logger;
  /** Fallback poll when nobody calls `notify()`; default 1000 ms. */
  pollMs?: number;
  /** Rows read per round; default 500. */
  batchSize?: number;
  /** How long `flush()` waits for another relay that holds the outbox; default 10 s. */
  flushTimeoutMs?: number;
}

/** Serializes relays of one PGlite outbox within this process (PGlite is single-process). */
const embeddedLocks = new Map<string, Promise<unknown>>();

type Round = { published: number; read: number; busy: boolean };

/**
 * Moves committed outbox rows to the bus in `seq` order and stamps them `published_at`.
 *
 * On PostgreSQL a round runs in one transaction that first takes a transaction-scoped advisory
 * lock on this schema's outbox (so that of several relays exactly one publishes at a time and
 * the order holds) and reads the rows `for update skip locked`. On PGlite no transaction is held
 * while publishing (it is one connection and the embedded bus writes through it too).
 *
 * A failed publish ends the round: the rows published so far are stamped, the rest stay
 * unpublished and are retried with backoff. Nothing is lost; a row may be published twice
 * if the process dies between the publish and the stamp, which the bus drops by event id.
 */
export class OutboxRelay<DB extends OutboxTables = OutboxTables> {
  private readonly database: Database<OutboxTables>;
  private readonly bus: Bus;
  private readonly logger: Logger;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly flushTimeoutMs: number;
  private readonly signal = new Signal();
  private running = false;
  private loop: Promise<void> | undefined;
  private exclusive: Promise<unknown> = Promise.resolve();

  constructor(options: OutboxRelayOptions<DB>) {
    // Only the outbox tables are touched; see outboxView for why this is a cast.
    this.database = options.database as unknown as Database<OutboxTables>;
    this.bus = options.bus;
    this.logger = options.logger ?? noopLogger;
    this.pollMs = options.pollMs ?? 1000;
    this.batchSize = options.batchSize ?? 500;
    this.flushTimeoutMs = options.flushTimeoutMs ?? 10_000;
    if (!(this.batchSize > 0)) throw new Error('batchSize must be positive');
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Publish now: call after committing a transaction that appended to the outbox. */
  notify(): void {
    this.signal.notify();
  }

  /** Publishes everything pending and resolves; rejects if the bus fails (the rows stay pending). */
  async flush(): Promise<void> {
    const deadline = Date.now() + this.flushTimeoutMs;
    for (;;) {
      const round = await this.round();
      if (round.busy) {
        if (Date.now() > deadline) throw new Error(`outbox of schema ${this.database.schema} is held by another relay; flush gave up`);
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      if (round.read < this.batchSize) return;
    }
  }

  /** Stops the background loop after the round in progress. Does not flush; call flush() first on shutdown. */
  async stop(): Promise<void> {
    this.running = false;
    this.signal.notify();
    await this.loop;
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let wait = this.pollMs;
      try {
        const round = await this.round();
        if (failures > 0) this.logger.info({ schema: this.database.schema }, 'outbox relay publishing again');
        failures = 0;
        if (!round.busy && round.read === this.batchSize) continue; // more are waiting
      } catch (err) {
        failures += 1;
        wait = Math.min(50 * 2 ** Math.min(failures, 10), 5000);
        this.logger.warn({ ...errorInfo(err), schema: this.database.schema, failures, retryInMs: wait }, 'outbox relay could not publish; rows stay pending');
        if (!this.running) break;
        // In failure mode notify() does not shorten the backoff: only stop() does.
        await this.sleepUnlessStopped(wait);
        continue;
      }
      if (!this.running) break;
      await this.signal.wait(wait);
    }
  }

  private async sleepUnlessStopped(ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (this.running && Date.now() < until) {
      await this.signal.wait(until - Date.now());
    }
  }

  /** One round, never two at once from this relay (the loop and flush() may both ask). */
  private round(): Promise<Round> {
    const run = async (): Promise<Round> => {
      if (this.database.kind === 'postgres') return this.roundPostgres();
      const key = `${this.database.schema}`;
      const previous = embeddedLocks.get(key) ?? Promise.resolve();
      const mine = previous.catch(() => {}).then(() => this.roundUnlocked(this.database.db));
      const settled = mine.catch(() => {});
      embeddedLocks.set(key, settled);
      try {
        return await mine;
      } finally {
        if (embeddedLocks.get(key) === settled) embeddedLocks.delete(key);
      }
    };
    const result = this.exclusive.catch(() => {}).then(run);
    this.exclusive = result.catch(() => {});
    return result;
  }

  private async roundPostgres(): Promise<Round> {
    let failure: unknown;
    const round = await this.database.db.transaction().execute(async (trx) => {
      const lockKey = `agentvault.outbox:${this.database.schema}`;
      // The relay's lock and its rows in one round trip: the rows are read only once it holds the lock.
      const { rows } = await sql<{ locked: boolean } & { [K in keyof OutboxRow]: OutboxRow[K] | null }>`
        select l.locked, o.id, o.seq, o.type, o.source, o.subject, o.data, o.occurred_at
        from (select pg_try_advisory_xact_lock(hashtext(${lockKey})) as locked) l
        left join lateral (
          select id, seq, type, source, subject, data, occurred_at from ${sql.id(this.database.schema, 'outbox')}
          where l.locked and published_at is null order by seq limit ${this.batchSize} for update skip locked
        ) o on true
        order by o.seq`.execute(trx);
      if (!rows[0]?.locked) return { published: 0, read: 0, busy: true };
      const pending = rows.filter((r): r is { locked: boolean } & OutboxRow => r.id !== null);
      const { published, error } = await this.publishInOrder(pending);
      failure = error;
      await this.stamp(trx, published);
      return { published: published.length, read: pending.length, busy: false };
    });
    if (failure !== undefined) throw failure;
    return round;
  }

  private async roundUnlocked(db: Kysely<OutboxTables>): Promise<Round> {
    const pending: OutboxRow[] = await db
      .selectFrom('outbox')
      .select(['id', 'seq', 'type', 'source', 'subject', 'data', 'occurred_at'])
      .where('published_at', 'is', null)
      .orderBy('seq')
      .limit(this.batchSize)
      .execute();
    const { published, error } = await this.publishInOrder(pending);
    await this.stamp(db, published);
    if (error !== undefined) throw error;
    return { published: published.length, read: pending.length, busy: false };
  }

  /**
   * Publishes the rows in seq order and returns the ids published, a prefix of `rows`. On
   * NATS the messages leave in order on one connection, so the whole batch is sent before the
   * acknowledgements are awaited (one round trip per batch, not per event); a failure keeps
   * the rest pending, and anything that did arrive after it is dropped by id when resent.
   */
  private async publishInOrder(rows: OutboxRow[]): Promise<{ published: string[]; error: unknown }> {
    const pipelined = this.bus.kind === 'nats';
    const attempts: Array<{ row: OutboxRow; event?: DomainEvent; sent?: Promise<void> }> = [];
    for (const row of rows) {
      let event: DomainEvent;
      try {
        event = rowToEvent(row);
        assertDomainEvent(event);
      } catch (err) {
        // Cannot happen through appendToOutbox; a hand-written bad row must not block the rest forever.
        this.logger.error({ ...errorInfo(err), schema: this.database.schema, id: row.id, seq: String(row.seq) }, 'outbox row is not a valid event; stamping it without publishing');
        attempts.push({ row });
        continue;
      }
      const attempt: (typeof attempts)[number] = { row, event };
      if (pipelined) {
        attempt.sent = this.bus.publish(event);
        attempt.sent.catch(() => undefined); // awaited below, in order
      }
      attempts.push(attempt);
    }
    const published: string[] = [];
    for (const attempt of attempts) {
      if (attempt.event) {
        try {
          await (attempt.sent ?? this.bus.publish(attempt.event));
        } catch (err) {
          return { published, error: err };
        }
        this.logger.debug({ id: attempt.event.id, type: attempt.event.type, seq: String(attempt.row.seq) }, 'outbox event published');
      }
      published.push(attempt.row.id);
    }
    return { published, error: undefined };
  }

  private async stamp(db: Kysely<OutboxTables>, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await db.updateTable('outbox').set({ published_at: sql`now()` }).where('id', '=', sql<string>`any(${ids}::uuid[])`).execute();
  }
}

/**
 * A service's repositories over one executor (the database or an open transaction). They call
 * `onOutboxAppend` when they append to the outbox, so the unit of work knows to wake the relay.
 */
export type RepositoriesFactory<DB, R> = (db: Kysely<DB>, onOutboxAppend: () => void) => R;

export interface OutboxUnitOfWork<R> {
  /** Reads that need no transaction. */
  readonly read: R;
  /** Runs `work` in one transaction: its writes and its outbox events commit together or not at all. */
  run<T>(work: (repos: R) => Promise<T>): Promise<T>;
}

/**
 * Transactions over a service's schema. `onOutboxCommit` runs after a commit that appended to
 * the outbox (typically `relay.notify()`), so events leave at once rather than at the next poll.
 */
export function createOutboxUnitOfWork<DB, R>(
  database: Database<DB>,
  repositories: RepositoriesFactory<DB, R>,
  onOutboxCommit: () => void = () => {},
): OutboxUnitOfWork<R> {
  return {
    read: repositories(database.db, () => {}),
    async run(work) {
      let appended = false;
      const result = await database.db.transaction().execute((trx) => work(repositories(trx, () => (appended = true))));
      if (appended) onOutboxCommit();
      return result;
    },
  };
}
