import express, { type Request } from 'express';
import type { Peer__Output } from '@agentvault/contracts/generated/agentvault/federation/v1/Peer';
import * as grpc from '@grpc/grpc-js';
import type { FederationClient } from '@agentvault/contracts/federation';
import type { GatewayClients } from './clients.js';

/** The metadata key the federation service reads (services/federation/src/public-base-url.ts). */
const PUBLIC_BASE_URL_METADATA = 'agentvault-public-base-url';
import { z } from '../http/openapi.js';
import { route, type RouteDeps } from '../http/route.js';
import type { Principal } from '../http/principal.js';

/** Federation: the signed registry card, peer registries, registry-to-registry calls and federated discovery. */

const TAGS = ['Federation'];
const SYNC_REQUEST_PATH = '/api/v1/federation/sync-request';
const FEDERATED_QUERY_PATH = '/api/v1/internal/federation/query';
/** Registry-to-registry requests, checked (RFC 9421, Content-Digest) over the exact body bytes. */
export const SIGNED_REQUEST_PATHS: readonly string[] = [SYNC_REQUEST_PATH, FEDERATED_QUERY_PATH];
const CARD_TAGS = ['Registry Card'];
const MAX_ICON_UPLOAD = 512 * 1024;

const developerOf = (principal: Principal | undefined) => (principal as Extract<Principal, { tier: 'developer' }>).developerId;
const parse = (doc: { json: string }) => JSON.parse(doc.json) as unknown;
const orNull = (s: string | undefined) => (s ? s : null);
const idNumber = (id: string) => (/^\d+$/.test(id) ? Number(id) : id);

const AuthInfo = z.record(z.unknown()).openapi({ description: 'How to authenticate discovery calls to the peer (api key or OAuth2 details)' });
const PeerCreate = z
  .object({
    name: z.string().min(3).max(100),
    description: z.string().max(500).nullable().optional(),
    base_url: z.string().regex(/^https?:\/\//, 'expected an http(s) URL').max(2048),
    admin_contact_email: z.string().email().max(254),
    discovery_auth_info: AuthInfo,
  })
  .openapi('PeerRegistryCreate');
const PeerUpdate = z
  .object({ description: z.string().max(500).nullable().optional(), admin_contact_email: z.string().email().nullable().optional(), discovery_auth_info: AuthInfo.nullable().optional() })
  .openapi('PeerRegistryUpdate');
const PeerRead = z
  .object({
    id: z.number().int(),
    owner_developer_id: z.union([z.number().int(), z.string()]),
    name: z.string(),
    description: z.string().nullable(),
    base_url: z.string(),
    admin_contact_email: z.string(),
    status: z.enum(['PENDING_APPROVAL', 'ACTIVE', 'INACTIVE', 'REJECTED']),
    discovery_auth_info: z.record(z.unknown()),
    interaction_auth_info: z.record(z.unknown()).nullable(),
    registered_at: z.string(),
    approved_at: z.string().nullable(),
    approved_by_developer_id: z.union([z.number().int(), z.string()]).nullable(),
    last_synced_at: z.string().nullable(),
    registry_id: z.string().nullable().openapi({ description: "The did:web id on the peer's card" }),
    trust_verdict: z.record(z.unknown()).nullable().openapi({ description: "Our receiver-side verdict on the peer's card" }),
  })
  .openapi('PeerRegistryRead');
const Pagination = z.object({ skip: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) });
const PeerList = z.object({ items: z.array(PeerRead), pagination: z.object({ total: z.number().int(), skip: z.number().int(), limit: z.number().int() }) }).openapi('PeerRegistryListResponse');
const PeerParams = z.object({ peer_id: z.string().regex(/^\d+$/).transform(Number) });
const Json = z.record(z.unknown());
/** A plain decimal integer from the query string (`0x10`, `1e1`, `1.5` are refused), within bounds. */
const int = (fallback: number, min: number, max: number) =>
  z.preprocess((v) => (typeof v === 'string' && /^-?\d{1,16}$/.test(v) ? Number(v) : v), z.number().int().min(min).max(max).default(fallback));
/** true / false (or 1 / 0); every other value is refused rather than read as false. */
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');
// The gRPC contract carries offsets as int32.
const MAX_OFFSET = 2_147_483_647;
const PageQuery = z.object({ skip: int(0, 0, MAX_OFFSET), limit: int(100, 1, 1000) });
/** Words to look for: every text is a fair question (an unknown word finds nothing), so it is marked free text. */
const FREE_TEXT = { 'x-free-text': true } as const;

function peerJson(p: Peer__Output) {
  return {
    id: p.id,
    owner_developer_id: idNumber(p.owner_developer_id),
    name: p.name,
    description: orNull(p.description),
    base_url: p.base_url,
    admin_contact_email: p.admin_contact_email,
    status: p.status,
    discovery_auth_info: p.discovery_auth_info_json ? JSON.parse(p.discovery_auth_info_json) : {},
    interaction_auth_info: p.interaction_auth_info_json ? JSON.parse(p.interaction_auth_info_json) : null,
    registered_at: p.registered_at,
    approved_at: orNull(p.approved_at),
    approved_by_developer_id: p.approved_by_developer_id ? idNumber(p.approved_by_developer_id) : null,
    last_synced_at: orNull(p.last_synced_at),
    registry_id: orNull(p.registry_id),
    trust_verdict: p.verdict_json ? JSON.parse(p.verdict_json) : null,
  };
}

const peerPage = (page: { items: Peer__Output[]; total: number }, skip: number, limit: number) => ({ items: page.items.map(peerJson), pagination: { total: page.total, skip, limit } });

/** The signed HTTP request as the caller sent it: the URL it addressed, its headers and the exact body. */
export function signedRequest(req: Request) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return { method: req.method, url: `${req.protocol}://${req.get('host')}${req.originalUrl}`, headers, body: req.rawBody?.toString('utf8') ?? '' };
}

/** The federation client, telling the service on every call where the world reaches this gateway. */
export function reportingBaseUrl(client: FederationClient, publicBaseUrl: () => string | undefined): FederationClient {
  const call: FederationClient['call'] = (method, request, options = {}) => {
    const url = publicBaseUrl();
    if (!url) return client.call(method, request, options);
    const metadata = options.metadata ?? new grpc.Metadata();
    metadata.set(PUBLIC_BASE_URL_METADATA, url);
    return client.call(method, request, { ...options, metadata });
  };
  return { contract: client.contract, breaker: client.breaker, close: () => client.close(), call };
}

export function federationRoutes(deps: RouteDeps, clients: GatewayClients): void {
  const federation = reportingBaseUrl(clients.federation, deps.publicBaseUrl);
  // ── the registry card (well-known, public) ──
  route(deps, {
    method: 'get',
    path: '/.well-known/registry-card.json',
    summary: 'The registry card v0.4',
    description: 'Signed (EdDSA over the RFC 8785 canonical JSON of 13 fields; the kid is in /.well-known/registry-jwks.json). Send If-None-Match with the ETag for a 304.',
    tags: CARD_TAGS,
    responses: { 200: { description: 'The card', schema: Json }, 304: { description: 'Not modified since the ETag' } },
    handler: async ({ req }) => {
      const served = await federation.call('GetRegistryCard', { if_none_match: req.get('if-none-match') ?? '' });
      const headers = { ETag: served.etag, 'Cache-Control': 'public, max-age=60', 'Content-Type': 'application/json' };
      return served.not_modified ? { status: 304, headers } : { headers, raw: served.card_json };
    },
  });
  route(deps, {
    method: 'get',
    path: '/.well-known/registry-jwks.json',
    summary: 'The registry signing keys',
    description: 'The active EdDSA key and, through their grace period, keys retired by a rotation.',
    tags: CARD_TAGS,
    responses: { 200: { description: 'A JWKS', schema: Json } },
    handler: async () => ({ headers: { 'Cache-Control': 'public, max-age=300', 'Content-Type': 'application/json' }, raw: (await federation.call('GetRegistryJwks', {})).json }),
  });
  route(deps, {
    method: 'get',
    path: '/.well-known/registry-card-schema.json',
    summary: 'The registry card JSON Schema (draft 2020-12)',
    tags: CARD_TAGS,
    responses: { 200: { description: 'The schema', schema: Json } },
    handler: async () => ({ headers: { 'Cache-Control': 'public, max-age=3600', 'Content-Type': 'application/schema+json' }, raw: (await federation.call('GetRegistryCardSchema', {})).json }),
  });
  route(deps, {
    method: 'get',
    path: '/api/v1/public/registry-card',
    summary: 'Our live card, or a peer’s cached card with our trust verdict',
    tags: CARD_TAGS,
    query: z.object({ registry: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$/, 'a registry name').default('local') }),
    responses: { 200: { description: 'The card and, for a peer, the verdict', schema: Json }, 404: { description: 'No such peer card' } },
    handler: async ({ query }) => ({ body: parse(await federation.call('GetPublicRegistryCard', { registry: query.registry })) }),
  });
  route(deps, {
    method: 'get',
    path: '/api/v1/public/registry-card/icon',
    summary: 'The registry icon',
    tags: CARD_TAGS,
    responses: { 200: { description: 'A PNG or JPEG' }, 404: { description: 'No icon' } },
    handler: async () => {
      const icon = await federation.call('GetRegistryIcon', {});
      return { headers: { 'Content-Type': icon.content_type, ETag: `"${icon.sha256.slice(0, 32)}"`, 'Cache-Control': 'public, max-age=3600' }, raw: Buffer.from(icon.content) };
    },
  });

  // ── admin ──
  route(deps, {
    method: 'get',
    path: '/api/v1/admin/registry-card',
    summary: 'Preview the registry card',
    description: 'The live card with what may be edited and what is locked.',
    tags: CARD_TAGS,
    auth: ['developer'],
    admin: true,
    responses: { 200: { description: 'The preview', schema: Json } },
    handler: async () => ({ body: parse(await federation.call('GetAdminRegistryCard', {})) }),
  });
  route(deps, {
    method: 'put',
    path: '/api/v1/admin/registry-card',
    summary: 'Edit the operator fields of the registry card',
    description: 'description, tags, operator (persona, display name, contact), visual (flare), commitments, links. Naming a locked field (identity, fees, federation, signature, …) is a 422 that lists them; a pinned visual identity cannot be overridden.',
    tags: CARD_TAGS,
    auth: ['developer'],
    admin: true,
    body: Json,
    responses: { 200: { description: 'The updated preview', schema: Json }, 422: { description: 'Locked or invalid fields (error.context.locked_fields)' } },
    handler: async ({ principal, body }) => ({ body: parse(await federation.call('UpdateRegistryCard', { admin_id: developerOf(principal), edit_json: JSON.stringify(body) })) }),
  });
  // The icon arrives as the request body (whatever its Content-Type: its bytes decide what it is).
  deps.router.post('/api/v1/admin/registry-card/icon', express.raw({ type: () => true, limit: MAX_ICON_UPLOAD + 1024 }));
  route(deps, {
    method: 'post',
    path: '/api/v1/admin/registry-card/icon',
    summary: 'Upload the registry icon',
    description: 'The raw image as the body: a PNG or JPEG by its content (not its name or Content-Type), at most 500 KB.',
    tags: CARD_TAGS,
    auth: ['developer'],
    admin: true,
    responses: { 200: { description: 'Stored', schema: Json }, 413: { description: 'Over 500 KB' }, 415: { description: 'Not a PNG or JPEG' } },
    handler: async ({ req, principal }) => {
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      return { body: parse(await federation.call('UploadRegistryIcon', { admin_id: developerOf(principal), content })) };
    },
  });
  route(deps, {
    method: 'post',
    path: '/api/v1/admin/registry-signing-key/rotate',
    summary: 'Rotate the registry signing key',
    description: 'A new EdDSA key signs from now on; the old one stays in the JWKS for the grace (7 days by default), so cards it signed still verify.',
    tags: CARD_TAGS,
    auth: ['developer'],
    admin: true,
    responses: { 200: { description: 'The new and the retired key ids', schema: Json } },
    handler: async ({ principal }) => ({ body: parse(await federation.call('RotateSigningKey', { admin_id: developerOf(principal) })) }),
  });

  // ── peers ──
  route(deps, {
    method: 'post',
    path: '/api/v1/federation/peers/',
    summary: 'Register a peer registry',
    description: 'Fetches the peer’s card and JWKS and verifies them; the peer waits for an administrator’s approval. Loopback, private and link-local addresses are refused.',
    tags: TAGS,
    auth: ['developer'],
    body: PeerCreate,
    responses: { 201: { description: 'Registered, pending approval', schema: PeerRead }, 409: { description: 'Name or URL already registered' }, 422: { description: 'Unverifiable card or refused URL' } },
    handler: async ({ principal, body }) => {
      const peer = await federation.call('RegisterPeer', {
        developer_id: developerOf(principal),
        name: body.name,
        description: body.description ?? '',
        base_url: body.base_url,
        admin_contact_email: body.admin_contact_email,
        discovery_auth_info_json: JSON.stringify(body.discovery_auth_info),
      });
      return { status: 201, body: peerJson(peer) };
    },
  });
  route(deps, {
    method: 'get',
    path: '/api/v1/federation/peers/',
    summary: 'List approved peer registries',
    tags: TAGS,
    query: PageQuery,
    responses: { 200: { description: 'A page', schema: PeerList } },
    handler: async ({ query }) => ({ body: peerPage(await federation.call('ListPeers', { status: 'ACTIVE', limit: query.limit, offset: query.skip }), query.skip, query.limit) }),
  });
  route(deps, {
    method: 'get',
    path: '/api/v1/federation/peers/my/registrations',
    summary: 'The peer registries you registered',
    tags: TAGS,
    auth: ['developer'],
    query: PageQuery,
    responses: { 200: { description: 'A page', schema: PeerList } },
    handler: async ({ principal, query }) => ({
      body: peerPage(await federation.call('ListPeers', { owner_developer_id: developerOf(principal), limit: query.limit, offset: query.skip }), query.skip, query.limit),
    }),
  });
  route(deps, {
    method: 'get',
    path: '/api/v1/federation/peers/:peer_id',
    summary: 'An approved peer registry',
    tags: TAGS,
    params: PeerParams,
    responses: { 200: { description: 'The peer', schema: PeerRead }, 404: { description: 'No such approved peer' } },
    handler: async ({ params }) => ({ body: peerJson(await federation.call('GetPeer', { id: params.peer_id })) }),
  });
  route(deps, {
    method: 'put',
    path: '/api/v1/federation/peers/:peer_id',
    summary: 'Update a peer registry you registered',
    tags: TAGS,
    auth: ['developer'],
    params: PeerParams,
    body: PeerUpdate,
    responses: { 200: { description: 'The peer', schema: PeerRead } },
    handler: async ({ principal, params, body }) => ({
      body: peerJson(
        await federation.call('UpdatePeer', {
          id: params.peer_id,
          developer_id: developerOf(principal),
          ...(body.description != null ? { description: body.description } : {}),
          ...(body.admin_contact_email != null ? { admin_contact_email: body.admin_contact_email } : {}),
          discovery_auth_info_json: body.discovery_auth_info ? JSON.stringify(body.discovery_auth_info) : '',
        }),
      ),
    }),
  });
  route(deps, {
    method: 'delete',
    path: '/api/v1/federation/peers/:peer_id',
    summary: 'Deactivate a peer registry you registered',
    tags: TAGS,
    auth: ['developer'],
    params: PeerParams,
    responses: { 204: { description: 'Deactivated' } },
    handler: async ({ principal, params }) => (await federation.call('DeactivateOwnedPeer', { id: params.peer_id, developer_id: developerOf(principal) }), { status: 204 }),
  });
  for (const [path, status] of [
    ['pending', 'PENDING_APPROVAL'],
    ['all', ''],
  ] as const) {
    route(deps, {
      method: 'get',
      path: `/api/v1/admin/federation/peers/${path}`,
      summary: path === 'pending' ? 'Peer registries waiting for approval' : 'All peer registries',
      tags: TAGS,
      auth: ['developer'],
      admin: true,
      query: PageQuery.extend({ status: z.enum(['PENDING_APPROVAL', 'ACTIVE', 'INACTIVE', 'REJECTED']).optional() }),
      responses: { 200: { description: 'A page', schema: PeerList } },
      handler: async ({ query }) => ({ body: peerPage(await federation.call('ListPeers', { status: status || query.status || '', limit: query.limit, offset: query.skip }), query.skip, query.limit) }),
    });
  }
  for (const action of ['approve', 'reject', 'deactivate', 'reactivate'] as const) {
    route(deps, {
      method: 'post',
      path: `/api/v1/admin/federation/peers/:peer_id/${action}`,
      summary: `${action[0]!.toUpperCase()}${action.slice(1)} a peer registry`,
      tags: TAGS,
      auth: ['developer'],
      admin: true,
      params: PeerParams,
      responses: { 200: { description: 'The peer', schema: PeerRead }, 409: { description: 'Not allowed from its status' } },
      handler: async ({ principal, params }) => ({ body: peerJson(await federation.call('TransitionPeer', { id: params.peer_id, action, admin_id: developerOf(principal) })) }),
    });
  }
  route(deps, {
    method: 'post',
    path: '/api/v1/admin/federation/sync',
    summary: 'Sync every approved peer now',
    description: 'What the schedule does: re-fetch each card with If-None-Match, re-judge it, pull its agent cards.',
    tags: TAGS,
    auth: ['developer'],
    admin: true,
    responses: { 200: { description: 'The number synced', schema: Json } },
    handler: async () => ({ body: parse(await federation.call('SyncPeers', {})) }),
  });

  // ── federation info and registry-to-registry ──
  for (const path of ['/api/v1/federation/info', '/api/v1/api/v1/federation/info']) {
    route(deps, { method: 'get', path, summary: 'Federation info', tags: TAGS, responses: { 200: { description: 'This registry', schema: Json } }, handler: async () => ({ body: parse(await federation.call('GetFederationInfo', {})) }) });
  }
  for (const path of ['/api/v1/federation/health-check', '/api/v1/api/v1/federation/health-check']) {
    route(deps, { method: 'get', path, summary: 'Federation health check', tags: TAGS, responses: { 200: { description: 'Peers and their trust', schema: Json } }, handler: async () => ({ body: parse(await federation.call('FederationHealthCheck', {})) }) });
  }
  route(deps, {
    method: 'get',
    path: '/api/v1/federation/agent-cards',
    summary: 'Agent cards for sync',
    description: 'Signed by this registry (RFC 9421 response signature over @status, agentvault-registry and Content-Digest).',
    tags: TAGS,
    query: z.object({ since: z.string().datetime({ offset: true }).optional(), limit: int(100, 1, 1000) }),
    responses: { 200: { description: 'Agent cards', schema: z.array(Json) } },
    handler: async ({ query }) => {
      const signed = await federation.call('GetAgentCardsForSync', { since: query.since ?? '', limit: query.limit });
      return { status: signed.status, headers: signed.headers, raw: signed.body };
    },
  });
  route(deps, {
    method: 'post',
    path: SYNC_REQUEST_PATH,
    summary: 'Receive agent cards pushed by a peer',
    description: 'Registry-authenticated: an RFC 9421 signature by an approved peer.',
    tags: TAGS,
    body: Json,
    responses: { 200: { description: 'Counts', schema: Json }, 401: { description: 'Unsigned, forged or replayed' } },
    handler: async ({ req }) => ({ body: parse(await federation.call('ReceiveSyncRequest', signedRequest(req))) }),
  });
  route(deps, {
    method: 'get',
    path: '/api/v1/federation/sync-status',
    summary: 'Sync status',
    tags: TAGS,
    responses: { 200: { description: 'Each approved peer’s last sync', schema: Json } },
    handler: async () => ({ body: parse(await federation.call('GetSyncStatus', {})) }),
  });
  route(deps, {
    method: 'post',
    path: FEDERATED_QUERY_PATH,
    summary: 'Federated query',
    description: 'Registry-authenticated (RFC 9421, by an approved peer; replays refused). Answers from the local directory only.',
    tags: TAGS,
    body: Json,
    responses: { 200: { description: 'Local results', schema: Json }, 401: { description: 'Unsigned, forged or replayed' } },
    handler: async ({ req }) => ({ body: parse(await federation.call('FederatedQuery', signedRequest(req))) }),
  });

  // ── discovery ──
  route(deps, {
    method: 'get',
    path: '/api/v1/federation/search',
    summary: 'Search agent cards here and at every approved peer',
    description: 'The directory; with include_federated=true also every approved peer’s results, each marked with its registry and our verdict on it. A slow or dead peer costs at most its deadline.',
    tags: ['Agent Cards'],
    query: z.object({
      search: z.string().max(100).optional().openapi(FREE_TEXT),
      tags: z.union([z.string().max(100), z.array(z.string().max(100)).max(20)]).optional().openapi(FREE_TEXT),
      active_only: bool(true),
      include_federated: bool(false),
      skip: int(0, 0, MAX_OFFSET),
      limit: int(100, 1, 250),
    }),
    responses: { 200: { description: 'Agent cards', schema: Json } },
    handler: async ({ query }) => {
      const tags = query.tags === undefined ? [] : Array.isArray(query.tags) ? query.tags : [query.tags];
      const result = parse(
        await federation.call('SearchAgents', { search: query.search ?? '', tags, active_only: query.active_only, include_federated: query.include_federated, limit: query.limit, offset: query.skip }),
      ) as { items: unknown[]; total: number; federation: unknown[] };
      return { body: { items: result.items, pagination: { total: result.total, skip: query.skip, limit: query.limit }, federation: result.federation } };
    },
  });
}
