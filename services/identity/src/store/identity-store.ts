import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { appendToOutbox, createOutboxUnitOfWork } from '@agentvault/events';
import { precompiled, type Database } from '@agentvault/db';
import type { IdentityRepositories, SigningKeyRecord, SigningKeyStore, UnitOfWork } from '../domain/ports.js';
import { isRowId } from '../domain/model.js';
import type { SecretBox } from '@agentvault/config';
import type { Developer } from '../domain/model.js';
import { toAgent, toApiKey, toDeveloper as developerFromRow } from './rows.js';
import type { IdentityDatabase } from './schema.js';
import { agentCardRepository, agentCountRepository, indexColumns } from './agent-card-store.js';

const totpContext = (developerId: string) => `totp:${developerId}`;

const SOURCE = 'identity';

// Asked on every authenticated request: built once (see precompiled).
const revokedAmongQuery = precompiled((db: Kysely<IdentityDatabase>, jtis: string[]) =>
  db.selectFrom('revoked_tokens').select('jti').where('jti', '=', sql<string>`any(${jtis}::text[])`));

/** The agents and their cards as the directory queries join them. */
type AgentsWithCards = IdentityDatabase & { a: IdentityDatabase['agents']; c: IdentityDatabase['agent_cards'] };

function agentQuery(db: Kysely<IdentityDatabase>) {
  return db
    .selectFrom('agents as a')
    .leftJoin('agent_cards as c', 'c.agent_id', 'a.id')
    .select([
      'a.id', 'a.did', 'a.developer_id', 'a.client_id', 'a.client_secret_hash', 'a.status', 'a.public_key_jwk',
      'a.created_at', 'a.last_active_at', 'c.id as card_id', 'c.name as card_name', 'c.description as card_description', 'c.card as card_json',
    ]);
}

/** The identity repositories over one executor: the database itself or an open transaction. */
export function repositories(db: Kysely<IdentityDatabase>, onOutboxAppend: () => void = () => {}, box?: SecretBox): IdentityRepositories {
  // TOTP secrets rest sealed, bound to their developer; rows from before sealing are read as they are.
  const toDeveloper = (row: Parameters<typeof developerFromRow>[0]): Developer => {
    const developer = developerFromRow(row);
    if (developer.totpSecret && box) developer.totpSecret = box.open(totpContext(developer.id), developer.totpSecret);
    return developer;
  };
  const sealTotp = (id: string, secret: string | null) => {
    if (secret === null) return null;
    if (!box) throw new Error('storing a TOTP secret needs the secrets key');
    return box.seal(totpContext(id), secret);
  };
  return {
    developers: {
      async insert(input) {
        const row = await db
          .insertInto('developers')
          .values({ email: input.email, name: input.name, password_hash: input.passwordHash, role: input.role })
          .onConflict((oc) => oc.column('email').doNothing())
          .returningAll()
          .executeTakeFirst();
        return row ? toDeveloper(row) : null;
      },
      async byId(id) {
        if (!isRowId(id)) return null;
        const row = await db.selectFrom('developers').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toDeveloper(row) : null;
      },
      async byEmail(email) {
        const row = await db.selectFrom('developers').selectAll().where('email', '=', email).executeTakeFirst();
        return row ? toDeveloper(row) : null;
      },
      async setPassword(id, passwordHash) {
        await db.updateTable('developers').set({ password_hash: passwordHash }).where('id', '=', id).execute();
      },
      async setTotp(id, secret, enabled) {
        await db.updateTable('developers').set({ totp_secret: sealTotp(id, secret), totp_enabled: enabled }).where('id', '=', id).execute();
      },
      async useTotpStep(id, step) {
        // One conditional update, so two requests racing with the same code cannot both win.
        const result = await db
          .updateTable('developers')
          .set({ totp_last_step: step })
          .where('id', '=', id)
          .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
          .executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
      },
      async endSessions(id) {
        await db.updateTable('developers').set({ session_version: sql`session_version + 1` }).where('id', '=', id).execute();
      },
      async setRole(id, role) {
        await db.updateTable('developers').set({ role }).where('id', '=', id).execute();
      },
    },
    recoveryKeys: {
      async insertMany(developerId, keyHashes) {
        await db.insertInto('recovery_keys').values(keyHashes.map((key_hash) => ({ developer_id: developerId, key_hash }))).execute();
      },
      async consume(developerId, keyHash) {
        const result = await db
          .updateTable('recovery_keys')
          .set({ used_at: sql`now()` })
          .where('developer_id', '=', developerId)
          .where('key_hash', '=', keyHash)
          .where('used_at', 'is', null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
      },
    },
    apiKeys: {
      async insert(input) {
        const row = await db
          .insertInto('api_keys')
          .values({ developer_id: input.developerId, key_hash: input.keyHash, prefix: input.prefix, description: input.description })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toApiKey(row);
      },
      async listActive(developerId) {
        const rows = await db.selectFrom('api_keys').selectAll().where('developer_id', '=', developerId).where('revoked_at', 'is', null).orderBy('id').execute();
        return rows.map(toApiKey);
      },
      async revoke(developerId, id) {
        const row = await db
          .updateTable('api_keys')
          .set({ revoked_at: sql`now()` })
          .where('id', '=', id)
          .where('developer_id', '=', developerId)
          .where('revoked_at', 'is', null)
          .returningAll()
          .executeTakeFirst();
        return row ? toApiKey(row) : null;
      },
      async authenticate(keyHash) {
        const row = await db
          .updateTable('api_keys as k')
          .set({ last_used_at: sql`now()` })
          .from('developers as d')
          .whereRef('d.id', '=', 'k.developer_id')
          .where('k.key_hash', '=', keyHash)
          .where('k.revoked_at', 'is', null)
          .returning(['d.id', 'd.email', 'd.name', 'd.password_hash', 'd.role', 'd.is_verified', 'd.totp_secret', 'd.totp_enabled', 'd.totp_last_step', 'd.session_version', 'd.created_at'])
          .executeTakeFirst();
        return row ? toDeveloper(row) : null;
      },
    },
    bootstrapTokens: {
      async insert(input) {
        await db
          .insertInto('bootstrap_tokens')
          .values({
            token_hash: input.tokenHash,
            developer_id: input.developerId,
            expires_at: input.expiresAt,
            agent_type_hint: input.agentTypeHint,
            requested_by: input.requestedBy,
          })
          .execute();
      },
      async lockByHash(tokenHash) {
        const row = await db.selectFrom('bootstrap_tokens').selectAll().where('token_hash', '=', tokenHash).forUpdate().executeTakeFirst();
        if (!row) return null;
        return {
          tokenHash: row.token_hash,
          developerId: String(row.developer_id),
          expiresAt: new Date(row.expires_at),
          usedAt: row.used_at ? new Date(row.used_at) : null,
        };
      },
      async markUsed(tokenHash, agentDid) {
        await db.updateTable('bootstrap_tokens').set({ used_at: sql`now()`, used_for_did: agentDid }).where('token_hash', '=', tokenHash).execute();
      },
    },
    agents: {
      async insert(input) {
        const agent = await db
          .insertInto('agents')
          .values({
            did: input.did,
            developer_id: input.developerId,
            client_id: input.clientId,
            client_secret_hash: input.clientSecretHash,
            public_key_jwk: input.publicKeyJwk === null ? null : JSON.stringify(input.publicKeyJwk),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await db
          .insertInto('agent_cards')
          .values({
            id: randomUUID(),
            agent_id: agent.id,
            name: input.card.name,
            description: input.card.description,
            card: JSON.stringify(input.card.card),
            ...(input.card.index ? indexColumns(input.card.index) : {}),
          })
          .execute();
        return toAgent(await agentQuery(db).where('a.id', '=', agent.id).executeTakeFirstOrThrow());
      },
      async byDid(did) {
        const row = await agentQuery(db).where('a.did', '=', did).executeTakeFirst();
        return row ? toAgent(row) : null;
      },
      async byClientId(clientId) {
        const row = await agentQuery(db).where('a.client_id', '=', clientId).executeTakeFirst();
        return row ? toAgent(row) : null;
      },
      async listByDeveloper(developerId, limit, offset) {
        const rows = await agentQuery(db).where('a.developer_id', '=', developerId).orderBy('a.id').limit(limit).offset(offset).execute();
        const { total } = await db
          .selectFrom('agents')
          .select((eb) => eb.fn.countAll<string>().as('total'))
          .where('developer_id', '=', developerId)
          .executeTakeFirstOrThrow();
        return { items: rows.map(toAgent), total: Number(total) };
      },
      async search(query) {
        const term = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
        // One filter for the page and its count: active agents, a term in the card's name or description.
        const matching = (eb: ExpressionBuilder<AgentsWithCards, 'a' | 'c'>) =>
          eb.and([
            ...(query.activeOnly ? [eb('a.status', '=', 'active')] : []),
            ...(term ? [eb.or([eb('c.name', 'ilike', term), eb('c.description', 'ilike', term)])] : []),
          ]);
        const rows = await agentQuery(db).where(matching).orderBy('a.id').limit(query.limit).offset(query.offset).execute();
        const { total } = await db
          .selectFrom('agents as a')
          .leftJoin('agent_cards as c', 'c.agent_id', 'a.id')
          .where(matching)
          .select((eb) => eb.fn.countAll<string>().as('total'))
          .executeTakeFirstOrThrow();
        return { items: rows.map(toAgent), total: Number(total) };
      },
      async setStatus(did, status) {
        await db.updateTable('agents').set({ status }).where('did', '=', did).execute();
      },
      async touch(id) {
        await db.updateTable('agents').set({ last_active_at: sql`now()` }).where('id', '=', id).execute();
      },
    },
    agentCards: agentCardRepository(db),
    agentCounts: agentCountRepository(db),
    revokedTokens: {
      async revoke(jti, expiresAt) {
        const result = await db
          .insertInto('revoked_tokens')
          .values({ jti, expires_at: expiresAt })
          .onConflict((oc) => oc.column('jti').doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      async isRevoked(jti) {
        return (await revokedAmongQuery(db, [jti])).length > 0;
      },
      async revokedAmong(jtis) {
        if (jtis.length === 0) return new Set();
        return new Set((await revokedAmongQuery(db, jtis)).map((r) => r.jti));
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, SOURCE, event);
        onOutboxAppend();
      },
    },
  };
}

/**
 * Transactions over the identity schema. `onOutboxCommit` runs after a commit that appended
 * to the outbox, so the relay can publish at once instead of at its next poll.
 */
export function createUnitOfWork(database: Database<IdentityDatabase>, onOutboxCommit: () => void = () => {}, box?: SecretBox): UnitOfWork {
  return createOutboxUnitOfWork(database, (db, onOutboxAppend) => repositories(db, onOutboxAppend, box), onOutboxCommit);
}

/**
 * Seals the TOTP secrets stored before sealing was the default; run at start, so existing rows
 * keep working and end up sealed. A row is rewritten only if it still holds the value read.
 */
export async function resealTotpSecrets(database: Database<IdentityDatabase>, box: SecretBox): Promise<number> {
  const rows = await database.db
    .selectFrom('developers')
    .select(['id', 'totp_secret'])
    .where('totp_secret', 'is not', null)
    .where('totp_secret', 'not like', 'v1:%')
    .execute();
  let sealed = 0;
  for (const row of rows) {
    if (row.totp_secret === null) continue;
    const id = String(row.id);
    const result = await database.db
      .updateTable('developers')
      .set({ totp_secret: box.seal(totpContext(id), box.open(totpContext(id), row.totp_secret)) })
      .where('id', '=', id)
      .where('totp_secret', '=', row.totp_secret)
      .executeTakeFirst();
    sealed += Number(result.numUpdatedRows);
  }
  return sealed;
}

export function createSigningKeyStore(database: Database<IdentityDatabase>): SigningKeyStore {
  const db = database.db;
  const load = async (): Promise<SigningKeyRecord | null> => {
    const row = await db.selectFrom('signing_keys').selectAll().where('active', '=', true).executeTakeFirst();
    return row ? { kid: row.kid, privateJwk: row.private_jwk, publicJwk: row.public_jwk } : null;
  };
  return {
    async activeKey(create) {
      const existing = await load();
      if (existing) return existing;
      const key = await create();
      await db
        .insertInto('signing_keys')
        .values({ kid: key.kid, private_jwk: JSON.stringify(key.privateJwk), public_jwk: JSON.stringify(key.publicJwk), active: true })
        .onConflict((oc) => oc.column('active').where('active', '=', true).doNothing())
        .execute();
      return (await load())!;
    },
    async publicKeys() {
      const rows = await db.selectFrom('signing_keys').select('public_jwk').orderBy('created_at', 'desc').execute();
      return rows.map((r) => r.public_jwk);
    },
  };
}
