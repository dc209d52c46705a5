import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Locks need no table of their own: an agent's locked balance is its `locked:{did}` account.
 * Ledger parameters changed at run time (by governance) outlive restarts here.
 */
export const locksAndParameters: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('parameters')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      // What changed it (a governance proposal), also the emit key's suffix in the event store.
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
  },
};
