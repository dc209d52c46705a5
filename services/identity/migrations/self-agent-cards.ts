import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Self-registered agents get a card in the directory too, so one search finds every agent: a
 * card describes either a developer's agent (agent_id) or a self-registered one (self_agent_did).
 * Existing self-registered agents get theirs here, indexed as the store indexes them: name (A),
 * description (B), capabilities (searched and filtered as skills) and tags (C).
 */
export const selfAgentCards = (schema: string): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema.alterTable('agent_cards').alterColumn('agent_id', (c) => c.dropNotNull()).execute();
    await db.schema
      .alterTable('agent_cards')
      .addColumn('self_agent_did', 'text', (c) => c.unique().references('self_agents.did').onDelete('cascade'))
      .execute();
    await db.schema.alterTable('agent_cards').addCheckConstraint('agent_cards_one_agent', sql`(agent_id is null) <> (self_agent_did is null)`).execute();
    await sql`
      insert into ${sql.table(`${schema}.agent_cards`)} (id, self_agent_did, name, description, card, is_active, a2a_validated, created_at, updated_at, tags, skills, search)
      select gen_random_uuid(), s.did, s.name, coalesce(s.description, ''),
             jsonb_strip_nulls(jsonb_build_object(
               'name', s.name, 'description', coalesce(s.description, ''), 'iconUrl', s.avatar, 'documentationUrl', s.website,
               'skills', (select coalesce(jsonb_agg(jsonb_build_object('id', c, 'name', c)), '[]'::jsonb) from unnest(s.capabilities) c),
               'tags', to_jsonb(s.tags), 'did', s.did)),
             s.status = 'active', false, s.created_at, s.updated_at,
             (select coalesce(array_agg(distinct lower(t)), '{}') from unnest(s.tags) t),
             (select coalesce(array_agg(distinct lower(c)), '{}') from unnest(s.capabilities) c),
             setweight(to_tsvector('simple', s.name), 'A') || setweight(to_tsvector('simple', coalesce(s.description, '')), 'B')
               || setweight(to_tsvector('simple', array_to_string(s.capabilities, ' ') || ' ' || array_to_string(s.tags, ' ')), 'C')
      from ${sql.table(`${schema}.self_agents`)} s
    `.execute(db);
  },
});
