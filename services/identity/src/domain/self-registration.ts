import { randomBytes } from 'node:crypto';
import { generateSigningKey, signToken } from '@agentvault/auth';
import { conflict, DomainError, forbidden, notFound, unauthorized } from '@agentvault/errors';
import type { IdentityEvent } from './model.js';
import type { SigningKeyStore } from './ports.js';
import { cardIndexFields } from './a2a-card.js';
import type { CardWrite } from './directory.js';
import {
  assertFreshTimestamp, invalidSignature, MAX_CLOCK_SKEW_MS, normalizeDid, parseChainId, parsePublicKey, registrationMessage,
  replayedSignature, requestMessage, sha256Hex, verifySignature, KEY_TYPES, type KeyType, type ParsedKey,
} from './signed-messages.js';

export interface SelfAgentProfile {
  name: string;
  description: string | null;
  avatar: string | null;
  website: string | null;
  capabilities: string[];
  tags: string[];
}

export type SelfAgentStatus = 'active' | 'inactive';

/** An agent that registered itself with a key it holds, without a developer account. */
export interface SelfAgent {
  id: string;
  did: string;
  keyType: KeyType;
  publicKey: string;
  chainId: string | null;
  address: string | null;
  profile: SelfAgentProfile;
  status: SelfAgentStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface SelfRegistrationRepositories {
  selfAgents: {
    /** null when the public key is already registered. */
    insert(agent: Omit<SelfAgent, 'createdAt' | 'updatedAt' | 'status'>): Promise<SelfAgent | null>;
    byDid(did: string): Promise<SelfAgent | null>;
    lockByDid(did: string): Promise<SelfAgent | null>;
    update(did: string, change: { profile?: SelfAgentProfile; status?: SelfAgentStatus }): Promise<SelfAgent>;
  };
  /** Signed messages seen recently: each is accepted once. */
  signedMessages: {
    /** Records the digest until `expiresAt`; false when it was already recorded. */
    claim(digest: string, expiresAt: Date): Promise<boolean>;
  };
  outbox: { emit(event: IdentityEvent): Promise<void> };
}

export interface SelfRegistrationUnitOfWork {
  run<T>(work: (repos: SelfRegistrationRepositories) => Promise<T>): Promise<T>;
  readonly read: SelfRegistrationRepositories;
}

export interface SelfRegistrationSettings {
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  /** The host in did:web DIDs (a port written %3A, as did:web requires). */
  didHost: string;
  now?: () => number;
}

export interface RegisterInput {
  keyType: string;
  publicKey: string;
  chainId: string | null;
  timestamp: number;
  signature: string;
  /** The profile exactly as the client sent (and signed) it. */
  profileAsSent: unknown;
  profile: SelfAgentProfile;
}

export interface ProfileChange {
  name?: string;
  description?: string | null;
  avatar?: string | null;
  website?: string | null;
  capabilities?: string[];
  tags?: string[];
}

/**
 * The directory card of a self-registered agent, from its profile: its capabilities are its skills.
 * The same fields migrations/self-agent-cards.ts fills for agents registered before.
 */
export function selfAgentCard(agent: Pick<SelfAgent, 'did' | 'profile'>): CardWrite {
  const p = agent.profile;
  const card = {
    name: p.name,
    description: p.description ?? '',
    ...(p.avatar ? { iconUrl: p.avatar } : {}),
    ...(p.website ? { documentationUrl: p.website } : {}),
    skills: p.capabilities.map((c) => ({ id: c, name: c })),
    tags: p.tags,
    did: agent.did,
  };
  return { card, index: cardIndexFields(card, { name: p.name, description: p.description ?? '' }) };
}

const keyOf = (agent: SelfAgent): ParsedKey => ({ keyType: agent.keyType, publicKey: agent.publicKey, address: agent.address });

/** Signed self-registration (Ed25519 → did:web, secp256k1 → did:pkh), signed requests, profiles by DID. */
export class SelfRegistrationService {
  private readonly now: () => number;

  constructor(
    private readonly uow: SelfRegistrationUnitOfWork,
    private readonly keys: SigningKeyStore,
    private readonly settings: SelfRegistrationSettings,
  ) {
    this.now = settings.now ?? Date.now;
  }

  /** The checks in order: well-formed (400), signature (400), fresh (401), not replayed (401), key new (409). */
  async register(input: RegisterInput): Promise<{ agent: SelfAgent; token: string; expiresIn: number }> {
    if (!(KEY_TYPES as readonly string[]).includes(input.keyType)) {
      throw new DomainError('bad_request', `key_type must be one of ${KEY_TYPES.join(', ')}`, { code: 'INVALID_REQUEST', field: 'key_type' });
    }
    const keyType = input.keyType as KeyType;
    const key = parsePublicKey(keyType, input.publicKey);
    let chainId: string | null = null;
    if (keyType === 'secp256k1') chainId = parseChainId(input.chainId);
    else if (input.chainId) throw new DomainError('bad_request', 'chain_id is only for secp256k1 keys', { code: 'INVALID_REQUEST', field: 'chain_id' });
    // The message names chain_id as sent, so the signature covers exactly what was sent.
    const message = registrationMessage({ keyType, publicKey: input.publicKey, chainId: input.chainId, timestamp: input.timestamp, profile: input.profileAsSent });
    if (!(await verifySignature(key, message, input.signature))) throw invalidSignature();
    assertFreshTimestamp(input.timestamp, this.now());

    const did = keyType === 'ed25519' ? `did:web:${this.settings.didHost}:agent:${randomBytes(12).toString('hex')}` : `did:pkh:${chainId}:${key.address}`;
    const agent = await this.uow.run(async (repos) => {
      await this.claim(repos, message, input.timestamp);
      const saved = await repos.selfAgents.insert({ id: did.split(':').at(-1)!, did, keyType, publicKey: key.publicKey, chainId, address: key.address, profile: input.profile });
      if (!saved) throw conflict('An agent with this public key is already registered', 'public_key');
      await repos.outbox.emit({ type: 'self_agent.registered', subject: saved.did, data: { agent_did: saved.did, key_type: saved.keyType, name: saved.profile.name } });
      return saved;
    });
    const token = await this.issueToken(agent);
    return { agent, ...token };
  }

  private async claim(repos: SelfRegistrationRepositories, message: string, timestamp: number): Promise<void> {
    // The message, not the signature, is what may be used once: an ECDSA signature has two valid forms.
    const expiresAt = new Date(Math.max(timestamp, this.now()) + MAX_CLOCK_SKEW_MS);
    if (!(await repos.signedMessages.claim(sha256Hex(message), expiresAt))) throw replayedSignature();
  }

  private async issueToken(agent: SelfAgent): Promise<{ token: string; expiresIn: number }> {
    const issued = await signToken(
      await this.keys.activeKey(generateSigningKey),
      { sub: agent.did, tier: 'agent' },
      { issuer: this.settings.issuer, audience: this.settings.audience },
      this.settings.accessTokenTtlSeconds,
    );
    return { token: issued.token, expiresIn: issued.expiresIn };
  }

  /** A request signed by an active self-registered agent (the X-Agent-* headers); returns its DID. */
  async authenticateRequest(input: { did: string; method: string; path: string; bodySha256: string; timestamp: number; signature: string }): Promise<SelfAgent> {
    const did = normalizeDid(input.did);
    const agent = await this.uow.read.selfAgents.byDid(did);
    if (!agent || agent.status !== 'active') throw unauthorized('Could not validate agent credentials: no active self-registered agent has this DID');
    if (!/^[0-9a-f]{64}$/.test(input.bodySha256)) throw unauthorized('Could not validate agent credentials: malformed body hash');
    // The DID as the agent sent it is what it signed.
    const message = requestMessage({ did: input.did, method: input.method, path: input.path, bodySha256: input.bodySha256, timestamp: input.timestamp });
    if (!(await verifySignature(keyOf(agent), message, input.signature))) throw unauthorized('Could not validate agent credentials: the request signature does not verify');
    assertFreshTimestamp(input.timestamp, this.now());
    await this.uow.run((repos) => this.claim(repos, message, input.timestamp));
    return agent;
  }

  async getProfile(did: string): Promise<SelfAgent> {
    const agent = await this.uow.read.selfAgents.byDid(normalizeDid(did));
    if (!agent) throw notFound(`Agent ${did} not found`);
    return agent;
  }

  private async requireOwnActive(repos: SelfRegistrationRepositories, callerDid: string, did: string): Promise<SelfAgent> {
    const agent = await repos.selfAgents.lockByDid(normalizeDid(did));
    if (!agent || agent.status !== 'active') throw notFound(`Agent ${did} not found or already deactivated`);
    if (agent.did !== normalizeDid(callerDid)) throw forbidden("Cannot change another agent's profile");
    return agent;
  }

  async updateProfile(callerDid: string, did: string, change: ProfileChange): Promise<SelfAgent> {
    return this.uow.run(async (repos) => {
      const agent = await this.requireOwnActive(repos, callerDid, did);
      const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as ProfileChange;
      if (Object.keys(defined).length === 0) return agent;
      const saved = await repos.selfAgents.update(agent.did, { profile: { ...agent.profile, ...defined } });
      await repos.outbox.emit({ type: 'self_agent.profile_updated', subject: saved.did, data: { agent_did: saved.did, name: saved.profile.name } });
      return saved;
    });
  }

  /** Soft delete: the profile stays readable (status inactive); the agent can no longer sign in or change it. */
  async deactivate(callerDid: string, did: string): Promise<SelfAgent> {
    return this.uow.run(async (repos) => {
      const agent = await this.requireOwnActive(repos, callerDid, did);
      const saved = await repos.selfAgents.update(agent.did, { status: 'inactive' });
      await repos.outbox.emit({ type: 'self_agent.deactivated', subject: saved.did, data: { agent_did: saved.did } });
      return saved;
    });
  }

  /** A did:pkh agent is paid at the address its DID names; other DIDs have none (yet). */
  async paymentAddress(did: string): Promise<{ address: string; chainId: string; source: string }> {
    const agent = await this.uow.read.selfAgents.byDid(normalizeDid(did));
    if (!agent || agent.status !== 'active') throw notFound(`Agent ${did} not found`);
    if (agent.keyType !== 'secp256k1' || !agent.address || !agent.chainId) throw notFound(`Agent ${did} has no payment address: only did:pkh agents have one`);
    return { address: agent.address, chainId: agent.chainId, source: 'did:pkh' };
  }
}
