import { DomainError, conflict, forbidden, notFound, validationError } from '@agentvault/errors';
import { trimBase, WELL_KNOWN, type RegistryCard } from './card.js';
import { verifyCard } from './card-signature.js';
import { checkCardSchema } from './card-validator.js';
import type { CardService } from './card-service.js';
import { assertPeerReachable, normalisedBaseUrl, parsePeerUrl, type Resolver } from './peer-url.js';
import { judgeHead, nextPeerStatus, trustVerdict, type PeerAction, type PeerStatus, type SeenHead, type TrustVerdict } from './peers.js';
import type { AgentCardSyncData, AgentDirectory, DirectoryQuery, FederationRepositories, FederationUnitOfWork, Peer, PeerTransport } from './ports.js';
import { signRegistryResponse, verifyRegistryRequest, verifyRegistryResponse, type InboundRequest, type VerifiedCaller } from './request-signature.js';
import type { Jwks } from './signing-keys.js';

export interface PeerServiceOptions {
  allowPrivatePeers: boolean;
  /** A cached peer card older than this is stale in the verdict. */
  cardMaxAgeMs: number;
  /** What one peer may cost a federated search. */
  peerDeadlineMs: number;
  fetchTimeoutMs: number;
  now?: () => Date;
}

export interface RegisterPeerInput {
  name: string;
  description?: string | null;
  base_url: string;
  admin_contact_email: string;
  discovery_auth_info: Record<string, unknown>;
}

export interface PeerUpdateInput {
  description?: string | null;
  admin_contact_email?: string | null;
  discovery_auth_info?: Record<string, unknown> | null;
}

export type PeerOutcome = 'ok' | 'timeout' | 'unavailable' | 'circuit_open' | 'refused';

export interface FederatedItem extends AgentCardSyncData {
  registry: string;
  registry_url: string;
  verdict: { trusted: boolean; reasons: string[] } | null;
}

export interface SearchResult {
  items: FederatedItem[];
  total: number;
  federation: Array<{ peer: string; outcome: PeerOutcome; results: number; took_ms: number; detail?: string }>;
}

/** A peer call that did not answer; the transport says why. */
export class PeerUnavailable extends Error {
  constructor(
    readonly outcome: Exclude<PeerOutcome, 'ok'>,
    message: string,
  ) {
    super(message);
    this.name = 'PeerUnavailable';
  }
}

/** Peering (registration, review, lifecycle), sync with peers, signed registry requests and federated discovery. */
export class PeerService {
  private readonly now: () => Date;

  constructor(
    private readonly uow: FederationUnitOfWork,
    private readonly cards: CardService,
    private readonly transport: PeerTransport,
    private readonly directory: AgentDirectory,
    private readonly resolve: Resolver,
    private readonly options: PeerServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  private get ownBaseUrl() {
    return trimBase(this.cards.profile.publicBaseUrl);
  }

  // ── registration and lifecycle ──────────────────────────────────────────────

  /** Fetches the peer's card and JWKS, refuses a card that does not verify, and holds the peer for review. */
  async register(developerId: string, input: RegisterPeerInput): Promise<Peer> {
    const url = parsePeerUrl(input.base_url);
    const baseUrl = normalisedBaseUrl(url);
    if (baseUrl === this.ownBaseUrl) throw validationError('a registry cannot peer with itself', 'base_url');
    await assertPeerReachable(url, this.resolve, this.options.allowPrivatePeers);
    if (await this.uow.read.peers.byName(input.name)) throw conflict(`a peer registry named ${input.name} is already registered`, 'name');
    if (await this.uow.read.peers.byBaseUrl(baseUrl)) throw conflict(`${baseUrl} is already registered as a peer`, 'base_url');

    const fetched = await this.fetchCard(baseUrl, null);
    if (!fetched.card) throw new DomainError('validation_error', `${baseUrl} did not serve a registry card`, { code: 'PEER_CARD_UNAVAILABLE', field: 'base_url' });
    const verdict = fetched.verdict!;
    if (!verdict.signature_valid || !verdict.key_in_jwks || !verdict.domain_matches || !verdict.schema_valid) {
      throw new DomainError('validation_error', `the registry card at ${baseUrl} cannot be trusted: ${verdict.reasons.filter((r) => !r.startsWith('the peer is')).join('; ')}`, {
        code: 'PEER_CARD_UNVERIFIED',
        field: 'base_url',
        context: { verdict },
      });
    }
    return this.uow.run(async (repos) => {
      const peer = await repos.peers.insert({
        ownerDeveloperId: developerId,
        name: input.name,
        description: input.description ?? null,
        baseUrl,
        adminContactEmail: input.admin_contact_email,
        discoveryAuthInfo: input.discovery_auth_info,
        card: fetched.card as Record<string, unknown>,
        cardEtag: fetched.etag,
        jwks: fetched.jwks,
        cardFetchedAt: this.now(),
        verdict,
      });
      if (fetched.head) await repos.heads.record(peer.id, fetched.head);
      await repos.outbox.emit({ type: 'federation.peer_registered', data: { peer_id: peer.id, name: peer.name, base_url: baseUrl, developer_id: developerId } });
      return peer;
    });
  }

  async transition(peerId: number, action: PeerAction, adminId: string): Promise<Peer> {
    return this.uow.run(async (repos) => {
      const peer = await repos.peers.lock(peerId);
      if (!peer) throw notFound(`peer registry ${peerId} not found`);
      const status = nextPeerStatus(peer.status, action);
      const changes: Partial<Peer> = { status };
      if (action === 'approve') Object.assign(changes, { approvedAt: this.now(), approvedByDeveloperId: adminId });
      if (peer.card && peer.jwks) changes.verdict = await this.judge(repos, { ...peer, status }, peer.card, peer.jwks, peer.cardFetchedAt, null);
      const updated = await repos.peers.update(peerId, changes);
      await repos.outbox.emit({ type: `federation.peer_${PAST[action]}`, data: { peer_id: peer.id, name: peer.name, base_url: peer.baseUrl, developer_id: peer.ownerDeveloperId, by: adminId, status } });
      return updated;
    });
  }

  /** The owner's deactivation (DELETE): the peer stops taking part, its record stays. */
  async deactivateOwned(developerId: string, peerId: number): Promise<void> {
    const peer = await this.owned(developerId, peerId);
    if (peer.status === 'INACTIVE') return;
    await this.transition(peerId, 'deactivate', developerId);
  }

  async updateOwned(developerId: string, peerId: number, input: PeerUpdateInput): Promise<Peer> {
    await this.owned(developerId, peerId);
    const changes: Partial<Peer> = {};
    if (input.description !== undefined && input.description !== null) changes.description = input.description;
    if (input.admin_contact_email) changes.adminContactEmail = input.admin_contact_email;
    if (input.discovery_auth_info) changes.discoveryAuthInfo = input.discovery_auth_info;
    return this.uow.read.peers.update(peerId, changes);
  }

  private async owned(developerId: string, peerId: number): Promise<Peer> {
    const peer = await this.uow.read.peers.get(peerId);
    if (!peer) throw notFound(`peer registry ${peerId} not found`);
    if (peer.ownerDeveloperId !== developerId) throw forbidden('only the developer who registered this peer can change it');
    return peer;
  }

  list(query: { status?: PeerStatus; ownerDeveloperId?: string; offset: number; limit: number }) {
    return this.uow.read.peers.list(query);
  }

  /** The public view: approved peers only. */
  async getPublic(peerId: number): Promise<Peer> {
    const peer = await this.uow.read.peers.get(peerId);
    if (!peer || peer.status !== 'ACTIVE') throw notFound(`peer registry ${peerId} not found`);
    return peer;
  }

  /** A peer's cached card and our verdict on it, by the peer's name (or its registry name on the card). */
  async cachedCard(name: string): Promise<{ peer: Peer; card: Record<string, unknown>; verdict: TrustVerdict }> {
    const peer = (await this.uow.read.peers.byName(name)) ?? (await this.findByCardName(name));
    if (!peer || !peer.card || !peer.jwks) throw notFound(`no card cached for a peer registry named ${name}`);
    const verdict = await this.judge(this.uow.read, peer, peer.card, peer.jwks, peer.cardFetchedAt, null);
    return { peer, card: peer.card, verdict };
  }

  private async findByCardName(name: string): Promise<Peer | null> {
    const { items } = await this.uow.read.peers.list({ offset: 0, limit: 1000 });
    return items.find((p) => (p.card?.identity as { name?: string } | undefined)?.name === name) ?? null;
  }

  // ── sync ────────────────────────────────────────────────────────────────────

  /** Re-fetches an approved peer's card with If-None-Match, re-judges it and pulls its agent cards. */
  async syncPeer(peerId: number): Promise<Peer> {
    const peer = await this.uow.read.peers.get(peerId);
    if (!peer) throw notFound(`peer registry ${peerId} not found`);
    let fetched: Awaited<ReturnType<PeerService['fetchCard']>>;
    try {
      fetched = await this.fetchCard(peer.baseUrl, peer.cardEtag);
    } catch (err) {
      return this.uow.read.peers.update(peer.id, { lastSyncError: (err as Error).message });
    }
    const changes: Partial<Peer> = { cardFetchedAt: this.now(), lastSyncError: null };
    const updated = await this.uow.run(async (repos) => {
      if (fetched.card) {
        Object.assign(changes, { card: fetched.card, cardEtag: fetched.etag, jwks: fetched.jwks });
        const verdict = await this.judge(repos, peer, fetched.card as Record<string, unknown>, fetched.jwks!, this.now(), fetched.head);
        changes.verdict = verdict;
        // A head is only trusted into the history when the card carrying it verifies.
        if (fetched.head && verdict.signature_valid && verdict.key_in_jwks) await repos.heads.record(peer.id, fetched.head);
        if (!verdict.trusted && peer.verdict?.trusted) {
          await repos.outbox.emit({ type: 'federation.peer_trust_demoted', data: { peer_id: peer.id, name: peer.name, developer_id: peer.ownerDeveloperId, reasons: verdict.reasons } });
        }
      } else if (peer.card && peer.jwks) {
        changes.verdict = await this.judge(repos, peer, peer.card, peer.jwks, this.now(), null);
      }
      return repos.peers.update(peer.id, changes);
    });
    if (updated.status !== 'ACTIVE') return updated;
    try {
      const pulled = await this.pullAgentCards(updated);
      return this.uow.read.peers.update(peer.id, { lastSyncedAt: this.now(), lastSyncError: pulled.error ?? null });
    } catch (err) {
      return this.uow.read.peers.update(peer.id, { lastSyncError: (err as Error).message });
    }
  }

  async syncAll(): Promise<{ synced: number; failed: number }> {
    const { items } = await this.uow.read.peers.list({ status: 'ACTIVE', offset: 0, limit: 1000 });
    const results = await Promise.allSettled(items.map((p) => this.syncPeer(p.id)));
    await this.uow.read.nonces.purgeExpired(this.now());
    const failed = results.filter((r) => r.status === 'rejected' || (r.status === 'fulfilled' && r.value.lastSyncError)).length;
    return { synced: items.length - failed, failed };
  }

  private async pullAgentCards(peer: Peer): Promise<{ error?: string }> {
    const since = peer.lastSyncedAt ? `&since=${encodeURIComponent(peer.lastSyncedAt.toISOString())}` : '';
    const url = `${peer.baseUrl}/api/v1/federation/agent-cards?limit=1000${since}`;
    const response = await this.transport.signedRequest<unknown>(String(peer.id), { method: 'GET', url, timeoutMs: this.options.fetchTimeoutMs });
    if (response.status !== 200) return { error: `agent-cards answered ${response.status}` };
    const authentic = peer.jwks && (await verifyRegistryResponse({ status: response.status, headers: response.headers, body: response.rawBody }, peer.jwks, peer.baseUrl));
    if (!authentic) return { error: 'the agent cards response is not signed by the peer' };
    const cards = Array.isArray(response.body) ? (response.body as AgentCardSyncData[]) : [];
    await this.uow.read.agentCards.upsertMany(peer.id, cards.filter(isSyncCard));
    return {};
  }

  /** A peer pushed its agent cards (POST sync-request): only an approved peer, signed. */
  async receiveSyncRequest(request: InboundRequest, body: { source_registry?: string; agent_cards?: unknown[]; sync_timestamp?: string }) {
    const { peer } = await this.authenticate(request);
    const cards = (body.agent_cards ?? []).filter(isSyncCard);
    const counts = await this.uow.read.agentCards.upsertMany(peer.id, cards);
    await this.uow.read.peers.update(peer.id, { lastSyncedAt: this.now() });
    return { status: 'success', cards_received: body.agent_cards?.length ?? 0, cards_updated: counts.updated, cards_created: counts.created, sync_timestamp: this.now().toISOString() };
  }

  async syncStatus() {
    const { items } = await this.uow.read.peers.list({ offset: 0, limit: 1000 });
    const peers = await Promise.all(
      items
        .filter((p) => p.status === 'ACTIVE')
        .map(async (p) => ({
          peer_id: p.id,
          name: p.name,
          base_url: p.baseUrl,
          last_synced_at: p.lastSyncedAt?.toISOString() ?? null,
          card_fetched_at: p.cardFetchedAt?.toISOString() ?? null,
          last_error: p.lastSyncError,
          trusted: p.verdict?.trusted ?? false,
          reasons: p.verdict?.reasons ?? [],
          agent_cards: await this.uow.read.agentCards.count(p.id),
        })),
    );
    return { registry: this.cards.profile.name, active_peers: peers.length, peers, checked_at: this.now().toISOString() };
  }

  // ── registry-authenticated requests ─────────────────────────────────────────

  /** Checks a peer's signed request: the signature with its card's JWKS, no replay, and an approved peer. */
  async authenticate(request: InboundRequest): Promise<{ caller: VerifiedCaller; peer: Peer }> {
    const caller = await verifyRegistryRequest(
      request,
      {
        jwksFor: async (baseUrl, { refresh }) => {
          const peer = await this.uow.read.peers.byBaseUrl(trimBase(baseUrl));
          if (!peer || !peer.jwks) return null;
          if (!refresh) return peer.jwks;
          return (await this.refreshJwks(peer)) ?? peer.jwks;
        },
        claimNonce: (keyid, nonce, expiresAt) => this.uow.read.nonces.claim(keyid, nonce, expiresAt),
      },
      this.now(),
    );
    const peer = (await this.uow.read.peers.byBaseUrl(trimBase(caller.baseUrl)))!;
    if (peer.status !== 'ACTIVE') throw forbidden(`peer registry ${peer.name} is ${peer.status}; only approved peers may query`);
    return { caller, peer };
  }

  private async refreshJwks(peer: Peer): Promise<Jwks | null> {
    const result = await this.transport.getJson<Jwks>(`${peer.baseUrl}${WELL_KNOWN.jwks}`, { timeoutMs: this.options.fetchTimeoutMs }).catch(() => null);
    if (!result || result.status !== 200 || !isJwks(result.body)) return null;
    await this.uow.read.peers.update(peer.id, { jwks: result.body });
    return result.body;
  }

  /** A peer's federated query: local results only (a query is never forwarded on), over a verified request. */
  async answerFederatedQuery(request: InboundRequest, query: DirectoryQuery) {
    const { peer } = await this.authenticate(request);
    const local = await this.directory.search(query);
    return { registry: this.cards.profile.name, registry_url: this.ownBaseUrl, requested_by: peer.name, items: local.items, total: local.total };
  }

  /** Our agent cards for a peer's pull, as a response body signed by this registry. */
  async agentCardsForSync(since: Date | undefined, limit: number) {
    const { items } = await this.directory.search({ activeOnly: false, updatedSince: since, limit, offset: 0 });
    return items.map((c) => ({ ...c, source_registry: this.ownBaseUrl }));
  }

  /** A response body signed by this registry (RFC 9421), for pulls by peers. */
  async signResponse(status: number, body: string) {
    return signRegistryResponse({ status, headers: { 'content-type': 'application/json' }, body }, await this.cards.signingKey(), this.ownBaseUrl, this.now());
  }

  // ── federated discovery ─────────────────────────────────────────────────────

  /** Local results, and with `includeFederated` every approved peer's, each marked with its registry and verdict. */
  async search(query: DirectoryQuery & { includeFederated: boolean; registry?: string }): Promise<SearchResult> {
    // A registry filter names this registry ("local" or its name) or one active peer.
    const onlyLocal = query.registry !== undefined && (query.registry === 'local' || query.registry === this.cards.profile.name);
    let peers: Peer[] = [];
    if (query.registry !== undefined && !onlyLocal) {
      const peer = await this.uow.read.peers.byName(query.registry);
      if (!peer || peer.status !== 'ACTIVE') throw notFound(`No active peer registry is named ${query.registry}`);
      peers = [peer];
    } else if (query.includeFederated && !onlyLocal) {
      peers = (await this.uow.read.peers.list({ status: 'ACTIVE', offset: 0, limit: 1000 })).items;
    }
    const items: FederatedItem[] = [];
    let total = 0;
    if (query.registry === undefined || onlyLocal) {
      const local = await this.directory.search(query);
      const own = { registry: this.cards.profile.name, registry_url: this.ownBaseUrl, verdict: null };
      items.push(...local.items.map((i) => ({ ...i, ...own })));
      total = local.total;
    }
    const federation: SearchResult['federation'] = [];
    const answers = await Promise.all(peers.map((p) => this.queryPeer(p, query)));
    for (const answer of answers) {
      federation.push(answer.summary);
      items.push(...answer.items);
      total += answer.total;
    }
    return { items, total, federation };
  }

  private async queryPeer(peer: Peer, query: DirectoryQuery) {
    const started = Date.now();
    const verdict = peer.verdict ? { trusted: peer.verdict.trusted, reasons: peer.verdict.reasons } : null;
    const summary = (outcome: PeerOutcome, results: number, detail?: string) => ({ peer: peer.name, outcome, results, took_ms: Date.now() - started, ...(detail ? { detail } : {}) });
    try {
      const response = await this.transport.signedRequest<{ items?: AgentCardSyncData[]; total?: number }>(String(peer.id), {
        method: 'POST',
        url: `${peer.baseUrl}/api/v1/internal/federation/query`,
        body: { search: query.search ?? null, tags: query.tags ?? [], limit: query.limit, offset: 0, active_only: query.activeOnly },
        timeoutMs: this.options.peerDeadlineMs,
      });
      if (response.status !== 200 || !response.body || !Array.isArray(response.body.items)) {
        return { items: [], total: 0, summary: summary('refused', 0, `answered ${response.status}`) };
      }
      const items = response.body.items.filter(isSyncCard).map((i) => ({ ...i, registry: peer.name, registry_url: peer.baseUrl, verdict }));
      return { items, total: response.body.total ?? items.length, summary: summary('ok', items.length) };
    } catch (err) {
      const outcome = err instanceof PeerUnavailable ? err.outcome : 'unavailable';
      return { items: [], total: 0, summary: summary(outcome, 0, (err as Error).message) };
    }
  }

  // ── info ────────────────────────────────────────────────────────────────────

  async info() {
    const served = await this.cards.current();
    const { total } = await this.uow.read.peers.list({ status: 'ACTIVE', offset: 0, limit: 1 });
    const identity = served.card.identity as { name: string; registry_id: string; base_url: string; role: string };
    return {
      registry_name: identity.name,
      registry_id: identity.registry_id,
      base_url: identity.base_url,
      role: identity.role,
      card_version: served.card.card_version,
      signing_key_id: served.card.signature.kid,
      active_peers: total,
      federation_enabled: true,
      endpoints: served.card.endpoints,
    };
  }

  async healthCheck() {
    const { items } = await this.uow.read.peers.list({ status: 'ACTIVE', offset: 0, limit: 1000 });
    const trusted = items.filter((p) => p.verdict?.trusted).length;
    return {
      status: items.length === trusted ? 'healthy' : 'degraded',
      registry: this.cards.profile.name,
      active_peers: items.length,
      trusted_peers: trusted,
      untrusted_peers: items.filter((p) => !p.verdict?.trusted).map((p) => ({ name: p.name, reasons: p.verdict?.reasons ?? [] })),
      timestamp: this.now().toISOString(),
    };
  }

  // ── helpers ─────────────────────────────────────────────────────────────────

  private async fetchCard(baseUrl: string, etag: string | null) {
    const cardResult = await this.transport.getJson<RegistryCard>(`${baseUrl}${WELL_KNOWN.card}`, { ifNoneMatch: etag, timeoutMs: this.options.fetchTimeoutMs });
    if (cardResult.status === 304) return { card: null, etag, jwks: null, head: null, verdict: null };
    if (cardResult.status !== 200 || !cardResult.body) throw new DomainError('validation_error', `${baseUrl} answered ${cardResult.status} for its registry card`, { code: 'PEER_CARD_UNAVAILABLE', field: 'base_url' });
    const jwksResult = await this.transport.getJson<Jwks>(`${baseUrl}${WELL_KNOWN.jwks}`, { timeoutMs: this.options.fetchTimeoutMs });
    const jwks = jwksResult.status === 200 && isJwks(jwksResult.body) ? jwksResult.body : { keys: [] };
    const card = cardResult.body as unknown as Record<string, unknown>;
    const head = headOf(card);
    const verdict = await this.judge(null, { baseUrl, status: 'PENDING_APPROVAL', id: 0 }, card, jwks, this.now(), head);
    return { card, etag: cardResult.etag, jwks, head, verdict };
  }

  /** The receiver-side verdict; `repos` null when the peer is not stored yet (no head history). */
  private async judge(
    repos: Pick<FederationRepositories, 'heads'> | null,
    peer: Pick<Peer, 'baseUrl' | 'status' | 'id'>,
    card: Record<string, unknown>,
    jwks: Jwks,
    fetchedAt: Date | null,
    newHead: SeenHead | null,
  ): Promise<TrustVerdict> {
    const signature = await verifyCard(card, jwks);
    const schema = checkCardSchema(card);
    const seen = repos ? await repos.heads.list(peer.id) : [];
    const head = newHead ?? headOf(card);
    const kid = (card.signature as { kid?: string } | undefined)?.kid;
    return trustVerdict({
      signature: signature.valid ? { valid: true } : { valid: false, reason: signature.reason },
      keyInJwks: !!kid && jwks.keys.some((k) => k.kid === kid),
      schemaErrors: schema.errors,
      issuedAt: typeof card.issued_at === 'string' ? new Date(card.issued_at) : null,
      fetchedAt,
      maxAgeMs: this.options.cardMaxAgeMs,
      claimedBaseUrl: (card.identity as { base_url?: string } | undefined)?.base_url ?? null,
      registeredBaseUrl: peer.baseUrl,
      status: peer.status,
      head: head ? judgeHead(seen, head) : seen.length > 0 ? 'consistent' : 'unknown',
      now: this.now(),
    });
  }
}

const PAST = { approve: 'approved', reject: 'rejected', deactivate: 'deactivated', reactivate: 'reactivated' } as const satisfies Record<PeerAction, string>;

function headOf(card: Record<string, unknown>): SeenHead | null {
  const head = (card.commitments as { ledger_head?: { seq?: unknown; hash?: unknown } | null } | undefined)?.ledger_head;
  if (!head || typeof head.seq !== 'string' || !/^\d+$/.test(head.seq) || typeof head.hash !== 'string') return null;
  return { seq: BigInt(head.seq), hash: head.hash };
}

function isJwks(value: unknown): value is Jwks {
  return typeof value === 'object' && value !== null && Array.isArray((value as Jwks).keys);
}

function isSyncCard(value: unknown): value is AgentCardSyncData {
  const c = value as AgentCardSyncData;
  return typeof c === 'object' && c !== null && typeof c.id === 'string' && typeof c.name === 'string';
}
