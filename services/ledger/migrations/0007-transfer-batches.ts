import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A batch of transfers' recorded outcome, so that a replay of its Idempotency-Key (whose claim
 * points at the batch id) answers with the same results without moving money again.
 */
export const transferBatchesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('transfer_batches')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('sender_id', 'text', (c) => c.notNull())
      .addColumn('atomic', 'boolean', (c) => c.notNull())
      .addColumn('results', 'jsonb', (c) => c.notNull())
      .addColumn('new_sender_balance', sql.raw('numeric(38, 18)'), (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
  },
};
