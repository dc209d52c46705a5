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
