import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

/**
 * The ledger's reputation of each agent, as its events tell it, so that a team's quality gates
 * (minimum reputation, minimum success rate) are checked against live figures without a call
 * back into the ledger (which itself calls identity).
 */
export const agentReputation: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('agent_reputation')
      .addColumn('agent_did', 'text', (c) => c.primaryKey())
      .addColumn('score', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('positive_signals', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('negative_signals', 'integer', (c) => c.notNull().defaultTo(0))
      // The time of the event the score comes from: an older event arriving late leaves it alone.
      .addColumn('score_as_of', 'timestamptz', (c) => c.notNull().defaultTo(sql`'-infinity'`))
      .execute();
  },
};
