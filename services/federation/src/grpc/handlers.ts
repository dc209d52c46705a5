import type { Handlers } from '@agentvault/grpc';
import type { FederationContract } from '@agentvault/contracts/federation';
import { validationError } from '@agentvault/errors';
import type { CardService } from '../domain/card-service.js';
import type { PeerService } from '../domain/peer-service.js';
import type { Peer } from '../domain/ports.js';
import { PEER_STATUSES, type PeerAction, type PeerStatus } from '../domain/peers.js';
import type { CrossRegistryService } from '../domain/cross-registry-transfer.js';
import { bridgeHandlers } from './bridge-handlers.js';

/** proto ↔ domain for the FederationService; no rules here. */

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : '');
const json = (value: unknown) => ({ json: JSON.stringify(value) });

export function peerMessage(p: Peer) {
  return {
    id: p.id,
    owner_developer_id: p.ownerDeveloperId,
    name: p.name,
    description: p.description ?? '',
    base_url: p.baseUrl,
    admin_contact_email: p.adminContactEmail,
    status: p.status,
    discovery_auth_info_json: JSON.stringify(p.discoveryAuthInfo ?? {}),
    interaction_auth_info_json: p.interactionAuthInfo ? JSON.stringify(p.interactionAuthInfo) : '',
    registered_at: iso(p.registeredAt),
    approved_at: iso(p.approvedAt),
    approved_by_developer_id: p.approvedByDeveloperId ?? '',
    last_synced_at: iso(p.lastSyncedAt),
    verdict_json: p.verdict ? JSON.stringify(p.verdict) : '',
    registry_id: String((p.card?.identity as { registry_id?: string } | undefined)?.registry_id ?? ''),
    last_sync_error: p.lastSyncError ?? '',
  };
}

function parseJsonField(text: string, field: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw validationError(`${field} is not valid JSON`, field);
  }
}

function status(value: string): PeerStatus | undefined {
  if (!value) return undefined;
  if (!(PEER_STATUSES as readonly string[]).includes(value)) throw validationError(`status must be one of ${PEER_STATUSES.join(', ')}`, 'status');
  return value as PeerStatus;
}

const ACTIONS: readonly PeerAction[] = ['approve', 'reject', 'deactivate', 'reactivate'];
const isAction = (value: string): value is PeerAction => (ACTIONS as readonly string[]).includes(value);

/** Every method but the satellite link's (satellite-handlers.ts) and the federated votes' and cross-registry slash's (federated-handlers.ts). */
type OwnMethods = Exclude<keyof Handlers<FederationContract>, 'SatelliteLedgerCall' | 'ReceiveFederatedProposal' | 'ReceiveFederatedTally' | 'DeliverSlash' | 'ReceiveSlash'>;

export function federationHandlers(cards: CardService, peers: PeerService, bridge: CrossRegistryService, ownBaseUrl: () => string): Pick<Handlers<FederationContract>, OwnMethods> {
  return {
    ...bridgeHandlers(bridge, ownBaseUrl),
    GetRegistryCard: async (req) => {
      const served = await cards.serve(req.if_none_match || undefined);
      return { card_json: served.notModified ? '' : JSON.stringify(served.card), etag: served.etag, not_modified: served.notModified };
    },
    GetRegistryJwks: async () => json(await cards.jwks()),
    GetRegistryCardSchema: async () => json(cards.schema()),
    GetPublicRegistryCard: async (req) => {
      const registry = req.registry || 'local';
      if (registry === 'local' || registry === cards.profile.name) {
        const served = await cards.current();
        return json({ registry: 'local', name: cards.profile.name, card: served.card, etag: served.etag, verdict: null });
      }
      const cached = await peers.cachedCard(registry);
      return json({ registry: cached.peer.name, name: cached.peer.name, card: cached.card, fetched_at: iso(cached.peer.cardFetchedAt), verdict: cached.verdict });
    },
    GetRegistryIcon: async () => {
      const icon = await cards.icon();
      return { content: Buffer.from(icon.bytes), content_type: icon.contentType, sha256: icon.sha256 };
    },

    GetAdminRegistryCard: async () => json(await cards.adminView()),
    UpdateRegistryCard: async (req) => json(await cards.edit(req.admin_id, parseJsonField(req.edit_json, 'body') ?? {})),
    UploadRegistryIcon: async (req) => json(await cards.uploadIcon(req.admin_id, new Uint8Array(req.content))),
    RotateSigningKey: async (req) => json(await cards.rotateSigningKey(req.admin_id)),

    RegisterPeer: async (req) =>
      peerMessage(
        await peers.register(req.developer_id, {
          name: req.name,
          description: req.description || null,
          base_url: req.base_url,
          admin_contact_email: req.admin_contact_email,
          discovery_auth_info: (parseJsonField(req.discovery_auth_info_json, 'discovery_auth_info') as Record<string, unknown>) ?? {},
        }),
      ),
    ListPeers: async (req) => {
      const page = await peers.list({ status: status(req.status), ownerDeveloperId: req.owner_developer_id || undefined, limit: req.limit || 100, offset: req.offset });
      return { items: page.items.map(peerMessage), total: page.total };
    },
    GetPeer: async (req) => peerMessage(await peers.getPublic(req.id)),
    UpdatePeer: async (req) =>
      peerMessage(
        await peers.updateOwned(req.developer_id, req.id, {
          description: req.description ?? undefined,
          admin_contact_email: req.admin_contact_email ?? undefined,
          discovery_auth_info: parseJsonField(req.discovery_auth_info_json, 'discovery_auth_info') as Record<string, unknown> | undefined,
        }),
      ),
    DeactivateOwnedPeer: async (req) => (await peers.deactivateOwned(req.developer_id, req.id), {}),
    TransitionPeer: async (req) => {
      if (!isAction(req.action)) throw validationError(`action must be one of ${ACTIONS.join(', ')}`, 'action');
      return peerMessage(await peers.transition(req.id, req.action, req.admin_id));
    },
    SyncPeers: async () => json(await peers.syncAll()),

    GetFederationInfo: async () => json(await peers.info()),
    FederationHealthCheck: async () => json(await peers.healthCheck()),
    GetSyncStatus: async () => json(await peers.syncStatus()),

    FederatedQuery: async (req) => {
      const body = (parseJsonField(req.body, 'body') ?? {}) as { search?: string | null; tags?: string[]; limit?: number; offset?: number; active_only?: boolean };
      return json(
        await peers.answerFederatedQuery(
          { method: req.method, url: req.url, headers: req.headers, body: req.body },
          { search: body.search ?? undefined, tags: body.tags, activeOnly: body.active_only !== false, limit: Math.min(Math.max(body.limit ?? 100, 1), 1000), offset: Math.max(body.offset ?? 0, 0) },
        ),
      );
    },
    ReceiveSyncRequest: async (req) =>
      json(await peers.receiveSyncRequest({ method: req.method, url: req.url, headers: req.headers, body: req.body }, (parseJsonField(req.body, 'body') ?? {}) as never)),
    GetAgentCardsForSync: async (req) => {
      const since = req.since ? new Date(req.since) : undefined;
      if (since && Number.isNaN(since.getTime())) throw validationError('since must be a date-time', 'since');
      const items = await peers.agentCardsForSync(since, Math.min(Math.max(req.limit || 100, 1), 1000));
      const signed = await peers.signResponse(200, JSON.stringify(items));
      return { status: signed.status, headers: signed.headers, body: signed.body };
    },

    SearchAgents: async (req) =>
      json(
        await peers.search({
          search: req.search || undefined,
          tags: req.tags,
          activeOnly: req.active_only,
          includeFederated: req.include_federated,
          registry: req.registry || undefined,
          limit: Math.min(Math.max(req.limit || 100, 1), 1000),
          offset: Math.max(req.offset, 0),
        }),
      ),
  };
}
