import type { Kysely } from 'kysely';
import type { Generated, Int8, Json, Timestamp } from '@agentvault/db';

/** The tables eventsMigrations creates in a service's schema. */
export interface OutboxTable {
  id: string;
  seq: Generated<Int8>;
  type: string;
  source: string;
  subject: string | null;
  /** Written as JSON text; `pg` reads jsonb parsed, a hand-made row may still hold text. */
  data: Json<Record<string, unknown> | string>;
  occurred_at: Generated<Timestamp>;
  published_at: Timestamp | null;
}

export interface ProcessedEventsTable {
  consumer: string;
  event_id: string;
  processed_at: Generated<Timestamp>;
}

/** What a service's schema interface extends when its migrations include eventsMigrations. */
export interface OutboxTables {
  outbox: OutboxTable;
  processed_events: ProcessedEventsTable;
}

/**
 * A service's Kysely seen through the outbox tables only. Kysely is invariant in its schema
 * type, so `Kysely<IdentityDatabase>` is not a `Kysely<OutboxTables>` to the compiler even
 * though it has those tables; the constraint on DB is what makes this view true.
 */
export function outboxView<DB extends OutboxTables>(db: Kysely<DB>): Kysely<OutboxTables> {
  return db as unknown as Kysely<OutboxTables>;
}

/** The tables of the embedded bus, in its own schema (see embeddedBusMigrations). */
export interface EmbeddedBusTables {
  bus_log: {
    seq: Generated<Int8>;
    id: string;
    subject: string;
    event: Json<unknown>;
    appended_at: Generated<Timestamp>;
  };
  bus_consumers: {
    durable: string;
    filter: string;
    position: Generated<Int8>;
    created_at: Generated<Timestamp>;
    updated_at: Generated<Timestamp>;
  };
  bus_retries: {
    durable: string;
    seq: Int8;
    attempts: number;
    due_at: Timestamp;
    last_error: string | null;
  };
}
