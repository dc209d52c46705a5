import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Federation-wide votes on the peer channel. At home: which peers a federation proposal was
 * announced to, and how far each got. At a peer: its copies of other registries' proposals and
 * whether its signed tally has reached their home.
 */
export const federatedVotesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('vote_announcements')
      .addColumn('proposal_id', 'text', (c) => c.notNull())
      .addColumn('peer_id', 'integer', (c) => c.notNull().references('peers.id'))
      .addColumn('voting_ends_at', 'timestamptz', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'announced', 'refused')`))
      .addColumn('copy_proposal_id', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('vote_announcements_pk', ['proposal_id', 'peer_id'])
      .execute();
    await db.schema.createIndex('vote_announcements_pending').on('vote_announcements').columns(['status', 'voting_ends_at']).execute();

    await db.schema
      .createTable('vote_copies')
      .addColumn('peer_id', 'integer', (c) => c.notNull().references('peers.id'))
      .addColumn('origin_proposal_id', 'text', (c) => c.notNull())
      .addColumn('copy_proposal_id', 'text', (c) => c.notNull())
      .addColumn('voting_ends_at', 'timestamptz', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('waiting').check(sql`status in ('waiting', 'delivered', 'refused')`))
      .addColumn('signed_tally', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('vote_copies_pk', ['peer_id', 'origin_proposal_id'])
      .execute();
    await db.schema.createIndex('vote_copies_waiting').on('vote_copies').columns(['status', 'voting_ends_at']).execute();
  },
};
