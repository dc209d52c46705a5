import { sql, type Kysely, type Migration } from 'kysely';

/** Rulings of peer registries carried out here: one row per (peer, ruling), the final answer kept for replays. */
export const slashMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('inbound_slashes')
      .addColumn('peer_id', 'integer', (c) => c.notNull().references('peers.id'))
      .addColumn('ruling_id', 'text', (c) => c.notNull())
      .addColumn('agent_did', 'text', (c) => c.notNull())
      .addColumn('token_penalty', sql.raw('numeric(38, 18)'))
      .addColumn('reputation_adjustment', 'integer', (c) => c.notNull())
      // What the ruling asked, hashed: the same ruling id with other terms is refused.
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('applied', 'refused')`))
      .addColumn('reason', 'text')
      .addColumn('penalty_transaction_id', 'text')
      .addColumn('new_reputation_score', 'integer')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('inbound_slashes_pk', ['peer_id', 'ruling_id'])
      .execute();
  },
};
