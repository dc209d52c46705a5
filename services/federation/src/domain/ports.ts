import type { OutboxUnitOfWork } from '@agentvault/events';
import type { FederationEvent } from '@agentvault/contracts/federation-events';
import type { LedgerHead, OperatorFields } from './card.js';
import type { PeerStatus, SeenHead, TrustVerdict } from './peers.js';
import type { Jwks, RegistrySigningKey } from './signing-keys.js';

export interface CardSettings {
  fields: OperatorFields;
  iconSha256: string | null;
  iconContentType: string | null;
  updatedAt: Date | null;
}

export interface Peer {
  id: number;
  ownerDeveloperId: string;
  name: string;
  description: string | null;
  baseUrl: string;
  adminContactEmail: string;
  discoveryAuthInfo: Record<string, unknown>;
  interactionAuthInfo: Record<string, unknown> | null;
  status: PeerStatus;
  registeredAt: Date;
  approvedAt: Date | null;
  approvedByDeveloperId: string | null;
  lastSyncedAt: Date | null;
  card: Record<string, unknown> | null;
  cardEtag: string | null;
  jwks: Jwks | null;
  cardFetchedAt: Date | null;
  verdict: TrustVerdict | null;
  lastSyncError: string | null;
}

export type NewPeer = Pick<Peer, 'ownerDeveloperId' | 'name' | 'description' | 'baseUrl' | 'adminContactEmail' | 'discoveryAuthInfo' | 'card' | 'cardEtag' | 'jwks' | 'cardFetchedAt' | 'verdict'>;

export interface PeerQuery {
  status?: PeerStatus;
  ownerDeveloperId?: string;
  offset: number;
  limit: number;
}

/** An agent card as registries exchange it (the reference's AgentCardSyncData). */
export interface AgentCardSyncData {
  id: string;
  developer_id: string;
  developer_name: string;
  developer_verified: boolean;
  card_data: Record<string, unknown>;
  name: string;
  description: string | null;
  is_active: boolean;
  created_at: string;
  updated_at: string;
  source_registry: string;
}

export interface FederationRepositories {
  keys: {
    list(): Promise<RegistrySigningKey[]>;
    insert(key: RegistrySigningKey): Promise<void>;
    retire(kid: string, at: Date): Promise<void>;
  };
  card: {
    get(): Promise<CardSettings | null>;
    saveFields(fields: OperatorFields, by: string): Promise<void>;
    saveIcon(icon: Uint8Array, contentType: string, sha256: string, by: string): Promise<void>;
    getIcon(): Promise<{ bytes: Uint8Array; contentType: string; sha256: string } | null>;
  };
  peers: {
    insert(peer: NewPeer): Promise<Peer>;
    get(id: number): Promise<Peer | null>;
    lock(id: number): Promise<Peer | null>;
    byName(name: string): Promise<Peer | null>;
    byBaseUrl(baseUrl: string): Promise<Peer | null>;
    list(query: PeerQuery): Promise<{ items: Peer[]; total: number }>;
    update(id: number, changes: Partial<Omit<Peer, 'id'>>): Promise<Peer>;
    countActive(): Promise<number>;
  };
  heads: {
    list(peerId: number): Promise<SeenHead[]>;
    record(peerId: number, head: SeenHead): Promise<void>;
  };
  agentCards: {
    upsertMany(peerId: number, cards: AgentCardSyncData[]): Promise<{ created: number; updated: number }>;
    count(peerId: number): Promise<number>;
  };
  nonces: {
    claim(keyid: string, nonce: string, expiresAt: Date): Promise<boolean>;
    purgeExpired(now: Date): Promise<number>;
  };
  outbox: {
    emit(event: FederationEvent): Promise<void>;
  };
}

export type FederationUnitOfWork = OutboxUnitOfWork<FederationRepositories>;

/** The agent directory lives in identity; federation reads it over gRPC. */
export interface AgentDirectory {
  search(query: DirectoryQuery): Promise<{ items: AgentCardSyncData[]; total: number }>;
}

export interface DirectoryQuery {
  search?: string;
  tags?: string[];
  activeOnly: boolean;
  updatedSince?: Date;
  limit: number;
  offset: number;
}

/** What the ledger tells the card: its fee and the head of its hash chain. */
export interface LedgerFacts {
  transferFee(): Promise<string>;
  chainHead(): Promise<LedgerHead | null>;
}

export interface PeerFetchResult<T> {
  status: number;
  etag: string | null;
  body: T | null;
}

/** HTTP to peer registries: deadlines, the SSRF guard and a circuit breaker per peer live behind it. */
export interface PeerTransport {
  getJson<T = unknown>(url: string, options?: { ifNoneMatch?: string | null; timeoutMs?: number }): Promise<PeerFetchResult<T>>;
  /** A request signed with our registry key (RFC 9421); the response's signature is returned for checking. */
  signedRequest<T = unknown>(
    peerKey: string,
    request: { method: 'GET' | 'POST'; url: string; body?: unknown; timeoutMs: number },
  ): Promise<{ status: number; body: T | null; rawBody: string; headers: Record<string, string> }>;
}
