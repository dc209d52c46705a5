import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The SF-3 bridge: wrapped tokens, each standing for AVT locked in another frame's escrow. They
 * are another frame's currency, so they are kept apart from `accounts` (whose sum is our AVT
 * supply); their movements still go through the event store as balanced postings.
 */
export const wrappedTokensMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('wrapped_balances')
      // The frame whose AVT the tokens stand for (its base URL).
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('holder', 'text', (c) => c.notNull())
      .addColumn('balance', sql.raw('numeric(38, 18)'), (c) => c.notNull().defaultTo(0).check(sql`balance >= 0`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('wrapped_balances_pk', ['origin', 'holder'])
      .execute();
    await db.schema.createIndex('wrapped_balances_holder').on('wrapped_balances').column('holder').execute();
  },
};
