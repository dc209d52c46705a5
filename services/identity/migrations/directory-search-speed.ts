import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The directory's GIN indexes without a pending list: with fastupdate, new entries wait in a list
 * (up to gin_pending_list_limit, 4 MB) that every search reads in full, which made the index part
 * of a search 10–30 ms instead of under 1 ms. Cards change rarely and are searched often, so each
 * write now updates the index itself. What is pending is merged in now.
 */
export const directorySearchSpeed = (schema: string): Migration => ({
  async up(db: Kysely<any>) {
    for (const index of ['agent_cards_search', 'agent_cards_tags', 'agent_cards_skills']) {
      await sql`alter index ${sql.table(`${schema}.${index}`)} set (fastupdate = off)`.execute(db);
      await sql`select gin_clean_pending_list(${`${schema}.${index}`}::regclass)`.execute(db);
    }
  },
});
