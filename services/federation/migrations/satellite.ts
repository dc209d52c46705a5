import { sql, type Kysely, type Migration } from 'kysely';

/** The satellite ↔ parent link: on a parent, which satellite each of its agents came through; on a satellite, its own URL. */
export const satelliteLink: Migration = {
  async up(db: Kysely<any>) {
    // Parent side: an agent onboarded through a satellite; only that satellite may move its money.
    await db.schema
      .createTable('satellite_agents')
      .addColumn('agent_did', 'text', (c) => c.primaryKey())
      .addColumn('peer_id', 'integer', (c) => c.notNull().references('peers.id'))
      .addColumn('developer_id', 'text', (c) => c.notNull())
      .addColumn('opened_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('satellite_agents_peer').on('satellite_agents').columns(['peer_id', 'agent_did']).execute();

    // Satellite side: where the world reaches this registry, as the gateway reported it (when
    // PUBLIC_BASE_URL is unset): the forwarding ledger names itself with it to the parent.
    await db.schema
      .createTable('satellite_self')
      .addColumn('id', 'smallint', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('public_base_url', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
  },
};
