import { sql, type Kysely, type Updateable } from 'kysely';
import { appendToOutbox, createOutboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import type { SecretBox } from '@agentvault/config';
import type { OperatorFields } from '../domain/card.js';
import type { AgentCardSyncData, FederationRepositories, FederationUnitOfWork, Peer } from '../domain/ports.js';
import type { RegistrySigningKey } from '../domain/signing-keys.js';
import type { FederationDatabase, PeerRow, PeersTable, SigningKeyRow } from './schema.js';

const SOURCE = 'federation';

const date = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string));

function toPeer(r: PeerRow): Peer {
  return {
    id: Number(r.id),
    ownerDeveloperId: r.owner_developer_id,
    name: r.name,
    description: r.description,
    baseUrl: r.base_url,
    adminContactEmail: r.admin_contact_email,
    discoveryAuthInfo: r.discovery_auth_info,
    interactionAuthInfo: r.interaction_auth_info,
    status: r.status,
    registeredAt: new Date(r.registered_at),
    approvedAt: date(r.approved_at),
    approvedByDeveloperId: r.approved_by_developer_id,
    lastSyncedAt: date(r.last_synced_at),
    card: r.card,
    cardEtag: r.card_etag,
    jwks: r.jwks,
    cardFetchedAt: date(r.card_fetched_at),
    verdict: r.verdict,
    lastSyncError: r.last_sync_error,
  };
}

const COLUMNS: Record<keyof Omit<Peer, 'id'>, keyof PeersTable> = {
  ownerDeveloperId: 'owner_developer_id',
  name: 'name',
  description: 'description',
  baseUrl: 'base_url',
  adminContactEmail: 'admin_contact_email',
  discoveryAuthInfo: 'discovery_auth_info',
  interactionAuthInfo: 'interaction_auth_info',
  status: 'status',
  registeredAt: 'registered_at',
  approvedAt: 'approved_at',
  approvedByDeveloperId: 'approved_by_developer_id',
  lastSyncedAt: 'last_synced_at',
  card: 'card',
  cardEtag: 'card_etag',
  jwks: 'jwks',
  cardFetchedAt: 'card_fetched_at',
  verdict: 'verdict',
  lastSyncError: 'last_sync_error',
};
const JSON_COLUMNS = new Set(['discovery_auth_info', 'interaction_auth_info', 'card', 'jwks', 'verdict']);

function peerRowValues(changes: Partial<Omit<Peer, 'id'>>): Updateable<PeersTable> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    const column = COLUMNS[key as keyof typeof COLUMNS];
    if (!column || value === undefined) continue;
    values[column] = JSON_COLUMNS.has(column) && value !== null ? JSON.stringify(value) : value;
  }
  // Each value was mapped from the Peer field of the same name; JSON columns as text.
  return values as Updateable<PeersTable>;
}

function toKey(r: SigningKeyRow, box: SecretBox): RegistrySigningKey {
  const privateJwk = JSON.parse(box.open(r.kid, r.private_jwk)) as RegistrySigningKey['privateJwk'];
  return { kid: r.kid, publicJwk: r.public_jwk, privateJwk, createdAt: new Date(r.created_at), retiredAt: date(r.retired_at) };
}

/** The federation repositories over one executor: the database itself or an open transaction. */
export function repositories(db: Kysely<FederationDatabase>, box: SecretBox, onOutboxAppend: () => void = () => {}): FederationRepositories {
  return {
    keys: {
      async list() {
        const rows = await db.selectFrom('signing_keys').selectAll().orderBy('created_at', 'desc').execute();
        return rows.map((r) => toKey(r, box));
      },
      async insert(key) {
        await db
          .insertInto('signing_keys')
          .values({ kid: key.kid, public_jwk: JSON.stringify(key.publicJwk), private_jwk: box.seal(key.kid, JSON.stringify(key.privateJwk)), created_at: key.createdAt, retired_at: key.retiredAt })
          .execute();
      },
      async retire(kid, at) {
        await db.updateTable('signing_keys').set({ retired_at: at }).where('kid', '=', kid).where('retired_at', 'is', null).execute();
      },
    },
    card: {
      async get() {
        const row = await db.selectFrom('card_settings').select(['fields', 'icon_sha256', 'icon_content_type', 'updated_at']).where('id', '=', 1).executeTakeFirst();
        if (!row) return null;
        return { fields: row.fields as OperatorFields, iconSha256: row.icon_sha256, iconContentType: row.icon_content_type, updatedAt: date(row.updated_at) };
      },
      async saveFields(fields, by) {
        await db
          .insertInto('card_settings')
          .values({ id: 1, fields: JSON.stringify(fields), updated_by: by })
          .onConflict((oc) => oc.column('id').doUpdateSet({ fields: JSON.stringify(fields), updated_by: by, updated_at: sql`now()` }))
          .execute();
      },
      async saveIcon(icon, contentType, sha256, by) {
        const empty = JSON.stringify({ description: '', tags: [], operator: {}, visual: {}, commitments: [], links: [] });
        await db
          .insertInto('card_settings')
          .values({ id: 1, fields: empty, icon: Buffer.from(icon), icon_content_type: contentType, icon_sha256: sha256, updated_by: by })
          .onConflict((oc) => oc.column('id').doUpdateSet({ icon: Buffer.from(icon), icon_content_type: contentType, icon_sha256: sha256, updated_by: by, updated_at: sql`now()` }))
          .execute();
      },
      async getIcon() {
        const row = await db.selectFrom('card_settings').select(['icon', 'icon_content_type', 'icon_sha256']).where('id', '=', 1).where('icon', 'is not', null).executeTakeFirst();
        if (!row?.icon) return null;
        return { bytes: new Uint8Array(row.icon), contentType: row.icon_content_type ?? 'application/octet-stream', sha256: row.icon_sha256 ?? '' };
      },
    },
    peers: {
      async insert(peer) {
        const row = await db
          .insertInto('peers')
          .values({
            owner_developer_id: peer.ownerDeveloperId,
            name: peer.name,
            description: peer.description,
            base_url: peer.baseUrl,
            admin_contact_email: peer.adminContactEmail,
            discovery_auth_info: JSON.stringify(peer.discoveryAuthInfo),
            card: peer.card ? JSON.stringify(peer.card) : null,
            card_etag: peer.cardEtag,
            jwks: peer.jwks ? JSON.stringify(peer.jwks) : null,
            card_fetched_at: peer.cardFetchedAt,
            verdict: peer.verdict ? JSON.stringify(peer.verdict) : null,
            status: 'PENDING_APPROVAL',
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toPeer(row);
      },
      async get(id) {
        const row = await db.selectFrom('peers').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toPeer(row) : null;
      },
      async lock(id) {
        const row = await db.selectFrom('peers').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return row ? toPeer(row) : null;
      },
      async byName(name) {
        const row = await db.selectFrom('peers').selectAll().where('name', '=', name).executeTakeFirst();
        return row ? toPeer(row) : null;
      },
      async byBaseUrl(baseUrl) {
        const row = await db.selectFrom('peers').selectAll().where('base_url', '=', baseUrl).executeTakeFirst();
        return row ? toPeer(row) : null;
      },
      async list(query) {
        let q = db.selectFrom('peers');
        if (query.status) q = q.where('status', '=', query.status);
        if (query.ownerDeveloperId) q = q.where('owner_developer_id', '=', query.ownerDeveloperId);
        const [rows, count] = await Promise.all([
          q.selectAll().orderBy('id').limit(query.limit).offset(query.offset).execute(),
          q.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
        ]);
        return { items: rows.map((r) => toPeer(r)), total: Number(count.total) };
      },
      async update(id, changes) {
        const row = await db
          .updateTable('peers')
          .set({ ...peerRowValues(changes), updated_at: sql`now()` })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toPeer(row);
      },
      async countActive() {
        const row = await db.selectFrom('peers').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'ACTIVE').executeTakeFirstOrThrow();
        return Number(row.n);
      },
    },
    heads: {
      async list(peerId) {
        const rows = await db.selectFrom('peer_ledger_heads').select(['seq', 'hash']).where('peer_id', '=', peerId).execute();
        return rows.map((r) => ({ seq: BigInt(r.seq), hash: r.hash }));
      },
      async record(peerId, head) {
        await db
          .insertInto('peer_ledger_heads')
          .values({ peer_id: peerId, seq: head.seq.toString(), hash: head.hash })
          .onConflict((oc) => oc.columns(['peer_id', 'seq', 'hash']).doNothing())
          .execute();
      },
    },
    agentCards: {
      async upsertMany(peerId, cards: AgentCardSyncData[]) {
        if (cards.length === 0) return { created: 0, updated: 0 };
        const rows = await db
          .insertInto('peer_agent_cards')
          .values(
            cards.map((c) => ({
              peer_id: peerId,
              agent_id: c.id,
              name: c.name,
              description: c.description ?? null,
              data: JSON.stringify(c),
              is_active: c.is_active !== false,
              updated_at: c.updated_at ? new Date(c.updated_at) : new Date(),
            })),
          )
          .onConflict((oc) =>
            oc.columns(['peer_id', 'agent_id']).doUpdateSet({
              name: sql`excluded.name`,
              description: sql`excluded.description`,
              data: sql`excluded.data`,
              is_active: sql`excluded.is_active`,
              updated_at: sql`excluded.updated_at`,
              received_at: sql`now()`,
            }),
          )
          .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
          .execute();
        const created = rows.filter((r) => r.inserted).length;
        return { created, updated: rows.length - created };
      },
      async count(peerId) {
        const row = await db.selectFrom('peer_agent_cards').select((eb) => eb.fn.countAll<string>().as('n')).where('peer_id', '=', peerId).executeTakeFirstOrThrow();
        return Number(row.n);
      },
    },
    nonces: {
      async claim(keyid, nonce, expiresAt) {
        const row = await db
          .insertInto('request_nonces')
          .values({ keyid, nonce, expires_at: expiresAt })
          .onConflict((oc) => oc.columns(['keyid', 'nonce']).doNothing())
          .returning('nonce')
          .executeTakeFirst();
        return !!row;
      },
      async purgeExpired(now) {
        const result = await db.deleteFrom('request_nonces').where('expires_at', '<', now).executeTakeFirst();
        return Number(result.numDeletedRows);
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
 * Transactions over the federation schema. `onOutboxCommit` runs after a commit that appended
 * to the outbox, so the relay can publish at once instead of at its next poll.
 */
export function createUnitOfWork(database: Database<FederationDatabase>, box: SecretBox, onOutboxCommit: () => void = () => {}): FederationUnitOfWork {
  return createOutboxUnitOfWork(database, (db, onOutboxAppend) => repositories(db, box, onOutboxAppend), onOutboxCommit);
}

/**
 * Seals the private keys stored before sealing was the default; run at start, so existing rows
 * keep working and end up sealed. A row is rewritten only if it still holds the value read.
 */
export async function resealSigningKeys(database: Database<FederationDatabase>, box: SecretBox): Promise<number> {
  const rows = await database.db.selectFrom('signing_keys').select(['kid', 'private_jwk']).where('private_jwk', 'not like', 'v1:%').execute();
  let sealed = 0;
  for (const row of rows) {
    const result = await database.db
      .updateTable('signing_keys')
      .set({ private_jwk: box.seal(row.kid, box.open(row.kid, row.private_jwk)) })
      .where('kid', '=', row.kid)
      .where('private_jwk', '=', row.private_jwk)
      .executeTakeFirst();
    sealed += Number(result.numUpdatedRows);
  }
  return sealed;
}
