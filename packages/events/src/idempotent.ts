import type { Kysely } from 'kysely';
import type { Database } from '@agentvault/db';
import { outboxView, type OutboxTables } from './tables.js';
import type { DomainEvent } from './types.js';

/**
 * Makes a consumer's effects exactly-once over an at-least-once bus. The returned handler opens
 * a transaction on `database` (whose schema has `processed_events`, see eventsMigrations),
 * records (consumer, event id) there and, only if that row is new, runs `handler` with the same
 * transaction. The record and the effects commit together; if the handler throws, both roll back
 * and the bus delivers the event again. A concurrent duplicate waits on the first one's row and
 * is then skipped.
 */
export function idempotentHandler<DB extends OutboxTables>(
  database: Database<DB>,
  consumer: string,
  handler: (event: DomainEvent, trx: Kysely<DB>) => Promise<void>,
): (event: DomainEvent) => Promise<void> {
  if (typeof consumer !== 'string' || consumer.length === 0) throw new Error('consumer name is required');
  return async (event: DomainEvent) => {
    await database.db.transaction().execute(async (trx) => {
      const inserted = await outboxView(trx)
        .insertInto('processed_events')
        .values({ consumer, event_id: event.id })
        .onConflict((oc) => oc.columns(['consumer', 'event_id']).doNothing())
        .returning('event_id')
        .execute();
      if (inserted.length === 0) return; // already processed by this consumer
      await handler(event, trx);
    });
  };
}

/**
 * `idempotentHandler` for several events in one transaction (a consumer's `batchHandler`): the
 * events not processed yet by this consumer are recorded with one statement and handled in order
 * with the same transaction. If one throws, the whole batch rolls back (the bus then hands each
 * event to the single handler, so the failure stays with its event).
 */
export function idempotentBatchHandler<DB extends OutboxTables>(
  database: Database<DB>,
  consumer: string,
  handler: (event: DomainEvent, trx: Kysely<DB>) => Promise<void>,
): (events: DomainEvent[]) => Promise<void> {
  return idempotentManyHandler(database, consumer, async (events, trx) => {
    for (const event of events) await handler(event, trx);
  });
}

/**
 * Like `idempotentBatchHandler`, for a handler that takes the batch's new events at once (in
 * order, each once), so that it can read and write for all of them together.
 */
export function idempotentManyHandler<DB extends OutboxTables>(
  database: Database<DB>,
  consumer: string,
  handler: (events: DomainEvent[], trx: Kysely<DB>) => Promise<void>,
): (events: DomainEvent[]) => Promise<void> {
  if (typeof consumer !== 'string' || consumer.length === 0) throw new Error('consumer name is required');
  return async (events: DomainEvent[]) => {
    if (events.length === 0) return;
    await database.db.transaction().execute(async (trx) => {
      const inserted = await outboxView(trx)
        .insertInto('processed_events')
        .values([...new Set(events.map((e) => e.id))].map((id) => ({ consumer, event_id: id })))
        .onConflict((oc) => oc.columns(['consumer', 'event_id']).doNothing())
        .returning('event_id')
        .execute();
      const fresh = new Set(inserted.map((r) => r.event_id));
      // A duplicate within the batch counts once, at its first place.
      const unseen = events.filter((event) => fresh.delete(event.id));
      if (unseen.length > 0) await handler(unseen, trx);
    });
  };
}
