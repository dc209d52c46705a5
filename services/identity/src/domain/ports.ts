import type { JWK } from '@agentvault/auth';
import type { Agent, ApiKey, BootstrapToken, Developer, DeveloperRole, IdentityEvent, RecoveryKey } from './model.js';
import type { CardSearch, CardWrite, DirectoryCard } from './directory.js';
import type { CardIndexFields } from './a2a-card.js';

/** What the identity rules need from persistence; store/ implements it with kysely. */
export interface IdentityRepositories {
  developers: {
    insert(input: { email: string; name: string; passwordHash: string; role: DeveloperRole }): Promise<Developer | null>;
    byId(id: string): Promise<Developer | null>;
    byEmail(email: string): Promise<Developer | null>;
    setPassword(id: string, passwordHash: string): Promise<void>;
    setTotp(id: string, secret: string | null, enabled: boolean): Promise<void>;
    /** Records `step` as used if it is later than the last one used; returns whether it was. */
    useTotpStep(id: string, step: number): Promise<boolean>;
    /** Ends every session issued so far (raises the session version). */
    endSessions(id: string): Promise<void>;
    setRole(id: string, role: DeveloperRole): Promise<void>;
  };
  recoveryKeys: {
    insertMany(developerId: string, keyHashes: string[]): Promise<void>;
    /** Marks the key used if it was unused; returns whether this call consumed it. */
    consume(developerId: string, keyHash: string): Promise<boolean>;
  };
  apiKeys: {
    insert(input: { developerId: string; keyHash: string; prefix: string; description: string | null }): Promise<ApiKey>;
    listActive(developerId: string): Promise<ApiKey[]>;
    revoke(developerId: string, id: string): Promise<ApiKey | null>;
    /** The developer an active key belongs to, recording its use. */
    authenticate(keyHash: string): Promise<Developer | null>;
  };
  bootstrapTokens: {
    insert(input: { tokenHash: string; developerId: string; expiresAt: Date; agentTypeHint: string | null; requestedBy: string | null }): Promise<void>;
    /** Locks the token row until the transaction ends. */
    lockByHash(tokenHash: string): Promise<BootstrapToken | null>;
    markUsed(tokenHash: string, agentDid: string): Promise<void>;
  };
  agents: {
    insert(input: { did: string; developerId: string; clientId: string; clientSecretHash: string; publicKeyJwk: unknown | null; card: { name: string; description: string; card: unknown; index?: CardIndexFields } }): Promise<Agent>;
    byDid(did: string): Promise<Agent | null>;
    byClientId(clientId: string): Promise<Agent | null>;
    listByDeveloper(developerId: string, limit: number, offset: number): Promise<{ items: Agent[]; total: number }>;
    search(query: { search?: string; activeOnly: boolean; limit: number; offset: number }): Promise<{ items: Agent[]; total: number }>;
    touch(id: string): Promise<void>;
    setStatus(did: string, status: Agent['status']): Promise<void>;
  };
  /** The directory's view of agent cards (one card per agent). */
  agentCards: {
    byId(id: string): Promise<DirectoryCard | null>;
    byAgentDid(did: string): Promise<DirectoryCard | null>;
    byHumanReadableId(hri: string): Promise<DirectoryCard | null>;
    /** Locks the card row until the transaction ends. */
    lockById(id: string): Promise<DirectoryCard | null>;
    /** Replaces the card's content (and index fields); null when the human-readable id is taken. */
    replace(id: string, write: CardWrite, isActive: boolean): Promise<DirectoryCard | null>;
    setActive(id: string, isActive: boolean): Promise<DirectoryCard>;
    search(query: CardSearch): Promise<{ items: DirectoryCard[]; total: number; totalIsExact: boolean }>;
    /** Whether another card holds this human-readable id. */
    humanReadableIdTaken(hri: string, exceptCardId: string | null): Promise<boolean>;
  };
  /** Sybil limits: how many agents a developer has. */
  agentCounts: {
    /** Locks the developer row, so concurrent creations count one after the other. */
    lockDeveloper(developerId: string): Promise<void>;
    count(developerId: string): Promise<{ active: number; total: number }>;
  };
  revokedTokens: {
    /** Returns false when the token was already revoked. */
    revoke(jti: string, expiresAt: Date): Promise<boolean>;
    isRevoked(jti: string): Promise<boolean>;
    /** Those of `jtis` that were revoked. */
    revokedAmong(jtis: string[]): Promise<Set<string>>;
  };
  /** Events for other services, written in the same transaction (see packages/events). */
  outbox: {
    emit(event: IdentityEvent): Promise<void>;
  };
}

export interface UnitOfWork {
  /** Runs `work` in one transaction: its writes and emitted events commit together or not at all. */
  run<T>(work: (repos: IdentityRepositories) => Promise<T>): Promise<T>;
  /** Reads that need no transaction. */
  readonly read: IdentityRepositories;
}

export interface SigningKeyRecord {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export interface SigningKeyStore {
  /** The active key, creating one if none exists yet (safe when several replicas start at once). */
  activeKey(create: () => Promise<SigningKeyRecord>): Promise<SigningKeyRecord>;
  publicKeys(): Promise<JWK[]>;
}

export type { RecoveryKey };
