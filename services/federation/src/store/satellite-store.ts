import type { Database, Generated, Timestamp } from '@agentvault/db';
import { typed } from '@agentvault/db';
import type { SatelliteAgents, SatelliteSelf } from '../domain/satellite-ports.js';

/** The satellite link's tables (migrations/satellite.ts). */
export interface SatelliteTables {
  satellite_agents: {
    agent_did: string;
    peer_id: number;
    developer_id: string;
    opened_at: Generated<Timestamp>;
  };
  satellite_self: {
    id: number;
    public_base_url: string;
    updated_at: Generated<Timestamp>;
  };
}

/** Parent side: which satellite each agent came through. */
export function satelliteAgentsStore(database: Database): SatelliteAgents {
  const db = typed<SatelliteTables>(database).db;
  return {
    async originOf(did) {
      const row = await db.selectFrom('satellite_agents').select('peer_id').where('agent_did', '=', did).executeTakeFirst();
      return row ? Number(row.peer_id) : null;
    },
    async claim(did, peerId, developerId) {
      await db.insertInto('satellite_agents').values({ agent_did: did, peer_id: peerId, developer_id: developerId }).onConflict((oc) => oc.column('agent_did').doNothing()).execute();
      const row = await db.selectFrom('satellite_agents').select('peer_id').where('agent_did', '=', did).executeTakeFirstOrThrow();
      return Number(row.peer_id) === peerId;
    },
  };
}

/** Satellite side: the URL this registry is reached at, as last learned. */
export function satelliteSelfStore(database: Database): SatelliteSelf {
  const db = typed<SatelliteTables>(database).db;
  return {
    async publicBaseUrl() {
      const row = await db.selectFrom('satellite_self').select('public_base_url').where('id', '=', 1).executeTakeFirst();
      return row?.public_base_url ?? null;
    },
    async remember(url) {
      await db
        .insertInto('satellite_self')
        .values({ id: 1, public_base_url: url })
        .onConflict((oc) => oc.column('id').doUpdateSet({ public_base_url: url, updated_at: new Date() }))
        .execute();
    },
  };
}
