import { sql, type Kysely, type Migration } from 'kysely';

/** Buyers' ratings of the services they used: one per buyer and service, changed in place. */
export const ratingsViews: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('service_ratings')
      .addColumn('service_id', 'text', (c) => c.notNull().references('listings.id'))
      // identity's agent DID
      .addColumn('buyer_did', 'text', (c) => c.notNull())
      .addColumn('rating', 'smallint', (c) => c.notNull().check(sql`rating between 1 and 5`))
      .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('service_ratings_pk', ['service_id', 'buyer_did'])
      .execute();
    // The admin and provider views read finished calls by time across services.
    await db.schema.createIndex('usage_finished').on('usage').columns(['finished_at', 'service_id']).where(sql<boolean>`status <> 'in_flight'`).execute();
    // The settlement worker looks only at charged calls no settlement has taken yet.
    await db.schema
      .createIndex('usage_unsettled')
      .on('usage')
      .columns(['finished_at', 'provider_did'])
      .where(sql<boolean>`hold_state = 'held' and settlement_id is null`)
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('usage_unsettled').execute();
    await db.schema.dropIndex('usage_finished').execute();
    await db.schema.dropTable('service_ratings').execute();
  },
};
