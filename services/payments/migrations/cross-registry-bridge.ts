import type { Kysely, Migration } from 'kysely';

/** A payment token's receiver may live on another registry: settle then goes over the SF-3 bridge. */
export const crossRegistryTokensMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('payment_tokens').addColumn('receiver_registry', 'text').execute();
  },
};
