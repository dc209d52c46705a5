import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { CardIndexFields } from '../domain/a2a-card.js';
import { randomUUID } from 'node:crypto';
import type { CardSearch, CardWrite, DirectoryCard } from '../domain/directory.js';
import type { IdentityRepositories } from '../domain/ports.js';
import { isRowId } from '../domain/model.js';
import type { IdentityDatabase } from './schema.js';

/**
 * The directory's store. Full text uses the 'simple' configuration (no stemming, no stop
 * words): it is built into every Postgres, PGlite included, so both run the same SQL.
 */
const TS_CONFIG = sql.lit('simple');

/** The columns a card's index fields fill, for inserts and updates alike. */
export function indexColumns(index: CardIndexFields) {
  const extra = [index.skillText, index.tags.join(' ')].join(' ');
  return {
    human_readable_id: index.humanReadableId,
    tags: index.tags,
    skills: index.skills,
    capabilities: index.capabilities,
    search: sql<string>`setweight(to_tsvector(${TS_CONFIG}, ${index.name}), 'A') || setweight(to_tsvector(${TS_CONFIG}, ${index.description}), 'B') || setweight(to_tsvector(${TS_CONFIG}, ${extra}), 'C')`,
  };
}

/** A card describes a developer's agent or a self-registered one (no developer): one of the joins finds it. */
function cardQuery(db: Kysely<IdentityDatabase>) {
  return db
    .selectFrom('agent_cards as c')
    .leftJoin('agents as a', 'a.id', 'c.agent_id')
    .leftJoin('developers as d', 'd.id', 'a.developer_id')
    .leftJoin('self_agents as s', 's.did', 'c.self_agent_did')
    .select([
      'c.id', 'c.agent_id', 'a.status', 's.status as self_status', 'a.public_key_jwk', 'a.developer_id', 'd.is_verified', 'c.name', 'c.description', 'c.card',
      'c.is_active', 'c.a2a_validated', 'c.human_readable_id', 'c.tags', 'c.created_at', 'c.updated_at',
    ])
    .select(sql<string>`coalesce(a.did, s.did)`.as('did'))
    .select(sql<string>`to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('updated_exact'));
}

type CardRow = Awaited<ReturnType<ReturnType<typeof cardQuery>['executeTakeFirstOrThrow']>>;

function toCard(row: CardRow): DirectoryCard {
  return {
    id: row.id,
    agentId: row.agent_id === null ? '' : String(row.agent_id),
    agentDid: row.did,
    agentStatus: row.status ?? (row.self_status === 'active' ? 'active' : 'revoked'),
    agentPublicKeyJwk: row.public_key_jwk ?? null,
    developerId: row.developer_id === null ? '' : String(row.developer_id),
    developerIsVerified: row.is_verified ?? false,
    selfRegistered: row.agent_id === null,
    name: row.name,
    description: row.description,
    card: row.card,
    isActive: row.is_active,
    a2aValidated: row.a2a_validated,
    humanReadableId: row.human_readable_id,
    tags: row.tags ?? [],
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    updatedAtExact: row.updated_exact,
  };
}

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: string }).code === '23505';

export function agentCardRepository(db: Kysely<IdentityDatabase>): IdentityRepositories['agentCards'] {
  const byId = async (id: string) => {
    const row = await cardQuery(db).where('c.id', '=', id).executeTakeFirst();
    return row ? toCard(row) : null;
  };
  return {
    byId,
    async byAgentDid(did) {
      const row = await cardQuery(db)
        .where((eb) => eb.or([eb('c.agent_id', '=', eb.selectFrom('agents').select('id').where('did', '=', did)), eb('c.self_agent_did', '=', did)]))
        .executeTakeFirst();
      return row ? toCard(row) : null;
    },
    async byHumanReadableId(hri) {
      const row = await cardQuery(db).where('c.human_readable_id', '=', hri).executeTakeFirst();
      return row ? toCard(row) : null;
    },
    async lockById(id) {
      const locked = await db.selectFrom('agent_cards').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
      return locked ? byId(id) : null;
    },
    async replace(id, write, isActive) {
      try {
        await db
          .updateTable('agent_cards')
          .set({
            ...indexColumns(write.index),
            name: write.index.name,
            description: write.index.description,
            card: JSON.stringify(write.card),
            is_active: isActive,
            a2a_validated: true,
            updated_at: sql`now()`,
          })
          .where('id', '=', id)
          .execute();
      } catch (err) {
        if (isUniqueViolation(err)) return null;
        throw err;
      }
      return byId(id);
    },
    async setActive(id, isActive) {
      await db.updateTable('agent_cards').set({ is_active: isActive, updated_at: sql`now()` }).where('id', '=', id).execute();
      return (await byId(id))!;
    },
    async humanReadableIdTaken(hri, exceptCardId) {
      let query = db.selectFrom('agent_cards').select('id').where('human_readable_id', '=', hri);
      if (exceptCardId) query = query.where('id', '<>', exceptCardId);
      return Boolean(await query.executeTakeFirst());
    },
    async search(q: CardSearch) {
      const tsquery = q.text ? sql`websearch_to_tsquery(${TS_CONFIG}, ${q.text})` : null;
      const developerId = q.developerId && isRowId(q.developerId) ? q.developerId : null;
      const matching = (withCursor: boolean) => {
        let m = db.selectFrom('agent_cards as c');
        if (tsquery) m = m.where(sql<SqlBool>`c.search @@ ${tsquery}`);
        if (q.tags.length) m = m.where(sql<SqlBool>`c.tags @> ${sql.val(q.tags)}::text[]`);
        if (q.skills.length) m = m.where(sql<SqlBool>`c.skills @> ${sql.val(q.skills)}::text[]`);
        if (q.capabilities.length) m = m.where(sql<SqlBool>`c.capabilities @> ${sql.val(q.capabilities)}::text[]`);
        if (q.status !== 'all') m = m.where('c.is_active', '=', q.status === 'active');
        if (q.updatedSince) m = m.where('c.updated_at', '>=', q.updatedSince);
        if (developerId) m = m.where('c.agent_id', 'in', db.selectFrom('agents').select('id').where('developer_id', '=', developerId));
        if (withCursor && q.after) m = m.where(sql<SqlBool>`(c.updated_at, c.id) > (${q.after.updatedAt}::timestamptz, ${q.after.id}::uuid)`);
        return m;
      };
      // The order, on the narrow match set only: the wide card rows are read for the page alone.
      const rank = sql<number>`ts_rank(c.search, ${tsquery ?? sql`''::tsquery`})`;
      const [key, direction]: [RawBuilder<unknown>, 'asc' | 'desc'] =
        q.sort === 'relevance' ? [rank, 'desc']
        : q.sort === 'name' || q.sort === '-name' ? [sql.ref('c.name'), q.sort === 'name' ? 'asc' : 'desc']
        : q.sort === 'created_at' || q.sort === '-created_at' ? [sql.ref('c.created_at'), q.sort === 'created_at' ? 'asc' : 'desc']
        : [sql.ref('c.updated_at'), q.sort === '-updated_at' ? 'desc' : 'asc'];
      const idDirection = q.sort === 'relevance' ? 'asc' : direction;
      const ordered = (withCursor: boolean, limit: number) =>
        matching(withCursor).select(['c.id', key.as('sort_key')]).orderBy(key, direction).orderBy('c.id', idDirection).limit(limit);

      const details = async (ids: string[]) => {
        if (!ids.length) return [];
        const rows = await cardQuery(db).where('c.id', 'in', ids).execute();
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id)).filter((r): r is CardRow => r !== undefined).map(toCard);
      };

      if (!q.after) {
        // One pass over the matches gives the page and the count (up to the cap) together.
        const window = Math.max(q.exactTotalLimit + 1, q.offset + q.limit);
        // Materialized: inlined, the outer page's limit would make the planner walk a sort index
        // filtering most of the table, as if count(*) over () did not need every match.
        const head = await db
          .with((cte) => cte('m').materialized(), () => ordered(false, window))
          .selectFrom('m')
          .select(['m.id', sql<string>`count(*) over ()`.as('matched')])
          .orderBy('m.sort_key', direction)
          .orderBy('m.id', idDirection)
          .offset(q.offset)
          .limit(q.limit)
          .execute();
        let counted: number;
        if (head.length) counted = Number(head[0]!.matched);
        else if (q.offset === 0) counted = 0;
        else counted = Number((await db.selectFrom(ordered(false, window).as('m')).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
        const items = await details(head.map((r) => r.id));
        return { items, total: Math.min(counted, q.exactTotalLimit), totalIsExact: counted <= q.exactTotalLimit };
      }
      // Incremental sync: the page after the cursor; the total counts the filters without it.
      const page = await ordered(true, q.limit).execute();
      const items = await details(page.map((r) => r.id));
      const counted = Number(
        (await db.selectFrom(matching(false).select(sql.lit(1).as('one')).limit(q.exactTotalLimit + 1).as('m')).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
      );
      return { items, total: Math.min(counted, q.exactTotalLimit), totalIsExact: counted <= q.exactTotalLimit };
    },
  };
}

/** A self-registered agent's card, written with its registration and each profile or status change. */
export async function writeSelfAgentCard(db: Kysely<IdentityDatabase>, did: string, write: CardWrite, isActive: boolean): Promise<void> {
  const values = {
    ...indexColumns(write.index),
    human_readable_id: null,
    name: write.index.name,
    description: write.index.description,
    card: JSON.stringify(write.card),
    is_active: isActive,
  };
  await db
    .insertInto('agent_cards')
    .values({ id: randomUUID(), self_agent_did: did, agent_id: null, ...values })
    .onConflict((oc) => oc.column('self_agent_did').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
}

export function agentCountRepository(db: Kysely<IdentityDatabase>): IdentityRepositories['agentCounts'] {
  return {
    async lockDeveloper(developerId) {
      await db.selectFrom('developers').select('id').where('id', '=', developerId).forUpdate().execute();
    },
    async count(developerId) {
      const row = await db
        .selectFrom('agents')
        .select([sql<string>`count(*) filter (where status = 'active')`.as('active'), sql<string>`count(*)`.as('total')])
        .where('developer_id', '=', developerId)
        .executeTakeFirstOrThrow();
      return { active: Number(row.active), total: Number(row.total) };
    },
  };
}
