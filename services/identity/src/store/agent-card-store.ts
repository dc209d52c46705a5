import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { CardIndexFields } from '../domain/a2a-card.js';
import type { CardSearch, DirectoryCard } from '../domain/directory.js';
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

function cardQuery(db: Kysely<IdentityDatabase>) {
  return db
    .selectFrom('agent_cards as c')
    .innerJoin('agents as a', 'a.id', 'c.agent_id')
    .innerJoin('developers as d', 'd.id', 'a.developer_id')
    .select([
      'c.id', 'c.agent_id', 'a.did', 'a.status', 'a.public_key_jwk', 'a.developer_id', 'd.is_verified', 'c.name', 'c.description', 'c.card',
      'c.is_active', 'c.a2a_validated', 'c.human_readable_id', 'c.tags', 'c.created_at', 'c.updated_at',
    ])
    .select(sql<string>`to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('updated_exact'));
}

type CardRow = Awaited<ReturnType<ReturnType<typeof cardQuery>['executeTakeFirstOrThrow']>>;

function toCard(row: CardRow): DirectoryCard {
  return {
    id: row.id,
    agentId: String(row.agent_id),
    agentDid: row.did,
    agentStatus: row.status,
    agentPublicKeyJwk: row.public_key_jwk ?? null,
    developerId: String(row.developer_id),
    developerIsVerified: row.is_verified,
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
      const row = await cardQuery(db).where('a.did', '=', did).executeTakeFirst();
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
      const filters = (ref: (column: string) => ReturnType<typeof sql.ref>): Expression<SqlBool>[] => {
        const list: Expression<SqlBool>[] = [];
        if (tsquery) list.push(sql<SqlBool>`${ref('search')} @@ ${tsquery}`);
        if (q.tags.length) list.push(sql<SqlBool>`${ref('tags')} @> ${sql.val(q.tags)}::text[]`);
        if (q.skills.length) list.push(sql<SqlBool>`${ref('skills')} @> ${sql.val(q.skills)}::text[]`);
        if (q.capabilities.length) list.push(sql<SqlBool>`${ref('capabilities')} @> ${sql.val(q.capabilities)}::text[]`);
        if (q.status !== 'all') list.push(sql<SqlBool>`${ref('is_active')} = ${q.status === 'active'}`);
        if (q.updatedSince) list.push(sql<SqlBool>`${ref('updated_at')} >= ${q.updatedSince}`);
        return list;
      };
      const cursorFilter = (ref: (column: string) => ReturnType<typeof sql.ref>) =>
        q.after ? [sql<SqlBool>`(${ref('updated_at')}, ${ref('id')}) > (${q.after.updatedAt}::timestamptz, ${q.after.id}::uuid)`] : [];

      const developerId = q.developerId && isRowId(q.developerId) ? q.developerId : null;
      let items = cardQuery(db);
      for (const f of [...filters((c) => sql.ref(`c.${c}`)), ...cursorFilter((c) => sql.ref(`c.${c}`))]) items = items.where(f);
      if (developerId) items = items.where('a.developer_id', '=', developerId);
      switch (q.sort) {
        case 'relevance':
          items = items.orderBy(sql`ts_rank(c.search, ${tsquery ?? sql`''::tsquery`})`, 'desc').orderBy('c.id');
          break;
        case 'name':
        case '-name':
          items = items.orderBy('c.name', q.sort === 'name' ? 'asc' : 'desc').orderBy('c.id', q.sort === 'name' ? 'asc' : 'desc');
          break;
        case 'created_at':
        case '-created_at':
          items = items.orderBy('c.created_at', q.sort === 'created_at' ? 'asc' : 'desc').orderBy('c.id', q.sort === 'created_at' ? 'asc' : 'desc');
          break;
        default:
          items = items.orderBy('c.updated_at', q.sort === '-updated_at' ? 'desc' : 'asc').orderBy('c.id', q.sort === '-updated_at' ? 'desc' : 'asc');
      }
      // Counting every match of a broad query costs a scan of the table: count up to the cap, say "at least" beyond.
      let matching = db.selectFrom('agent_cards').select(sql.lit(1).as('one'));
      for (const f of filters((c) => sql.ref(c))) matching = matching.where(f);
      if (developerId) matching = matching.where('agent_id', 'in', db.selectFrom('agents').select('id').where('developer_id', '=', developerId));
      const count = db.selectFrom(matching.limit(q.exactTotalLimit + 1).as('m')).select((eb) => eb.fn.countAll<string>().as('total'));
      const rows = await items.limit(q.limit).offset(q.offset).execute();
      // A page that is not full tells the total by itself (the cursor filter aside, which count ignores).
      const counted = rows.length < q.limit && (rows.length > 0 || q.offset === 0) && !q.after ? q.offset + rows.length : Number((await count.executeTakeFirstOrThrow()).total);
      return { items: rows.map(toCard), total: Math.min(counted, q.exactTotalLimit), totalIsExact: counted <= q.exactTotalLimit };
    },
  };
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
