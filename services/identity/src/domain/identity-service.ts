import { generateSigningKey, signToken, type JSONWebKeySet, type SigningKey } from '@agentvault/auth';
import { conflict, forbidden, notFound, unauthorized, validationError, DomainError } from '@agentvault/errors';
import {
  apiKeyDisplayPrefix, checkPasswordStrength, DUMMY_PASSWORD_HASH, hashPassword, hashSecret, isApiKey, newAgentDid,
  newApiKey, newBootstrapToken, newClientId, newClientSecret, newRecoveryKeys, normalizeRecoveryKey, verifyPassword,
} from './credentials.js';
import { summarizeAgentCard } from './agent-card.js';
import { cardIndexFields } from './a2a-card.js';
import { newTotpSecret, totpCodeStep, totpUri } from './totp.js';
import { assertVerifiedForAgents } from './email-verification.js';
import { GRANTABLE_ROLES, isRowId, type Agent, type ApiKey, type Developer, type DeveloperRole } from './model.js';
import type { SigningKeyStore, UnitOfWork } from './ports.js';

export interface IdentitySettings {
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  recoveryTokenTtlSeconds: number;
  bootstrapTokenTtlSeconds: number;
  totpIssuer: string;
  /** Sybil limit: active agents one developer may have (create_agent refuses the next one). */
  maxAgentsPerDeveloper?: number;
  /** REQUIRE_VERIFIED_EMAIL: creating an agent needs a verified email address. */
  requireVerifiedEmail?: boolean;
}

export interface AccessToken {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (!EMAIL_PATTERN.test(normalized) || normalized.length > 254) throw validationError('email is not a valid email address', 'email');
  return normalized;
}

/** The identity rules: every use case the gRPC API offers, independent of transport and storage. */
export class IdentityService {
  private signingKey?: Promise<SigningKey>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly keys: SigningKeyStore,
    private readonly settings: IdentitySettings,
  ) {}

  // ── developers ──────────────────────────────────────────────────────────────

  async registerDeveloper(input: { email: string; password: string; name: string }, role: DeveloperRole = 'developer') {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw validationError('name must be 1 to 100 characters', 'name');
    checkPasswordStrength(input.password);
    const passwordHash = await hashPassword(input.password);
    const recoveryKeys = newRecoveryKeys();
    const recoveryHashes = recoveryKeys.map((k) => hashSecret(normalizeRecoveryKey(k)));

    const developer = await this.uow.run(async (repos) => {
      const created = await repos.developers.insert({ email, name, passwordHash, role });
      if (!created) throw conflict('Email already registered', 'email');
      await repos.recoveryKeys.insertMany(created.id, recoveryHashes);
      await repos.outbox.emit({ type: 'developer.registered', data: { developer_id: created.id, email, name } });
      return created;
    });
    return { developer, recoveryKeys };
  }

  /** Creates the first administrator if it does not exist yet; a no-op otherwise. */
  async ensureAdmin(email: string, password: string): Promise<'created' | 'exists'> {
    const existing = await this.uow.read.developers.byEmail(normalizeEmail(email));
    if (existing) return 'exists';
    try {
      await this.registerDeveloper({ email, password, name: 'Platform Admin' }, 'admin_platform');
      return 'created';
    } catch (err) {
      // Another replica created it in the meantime.
      if (err instanceof DomainError && err.kind === 'conflict') return 'exists';
      throw err;
    }
  }

  /**
   * An administrator grants or takes back a role (auditor). The role travels in the developer's
   * tokens, so the sessions issued so far end: the next login carries the new role.
   */
  async setDeveloperRole(developerId: string, role: string): Promise<Developer> {
    if (!GRANTABLE_ROLES.includes(role as DeveloperRole)) throw validationError(`role must be one of ${GRANTABLE_ROLES.join(', ')}`, 'role');
    return this.uow.run(async (repos) => {
      const developer = await repos.developers.byId(developerId);
      if (!developer) throw notFound(`Developer ${developerId} not found`);
      if (developer.role === 'admin_platform') throw forbidden('The platform administrator role cannot be changed here');
      if (developer.role === role) return developer;
      await repos.developers.setRole(developerId, role as DeveloperRole);
      await repos.developers.endSessions(developerId);
      return { ...developer, role: role as DeveloperRole };
    });
  }

  async getDeveloper(developerId: string): Promise<Developer> {
    const developer = await this.uow.read.developers.byId(developerId);
    if (!developer) throw unauthorized('Could not validate credentials');
    return developer;
  }

  async login(input: { email: string; password: string; totpCode?: string }): Promise<AccessToken> {
    const developer = await this.uow.read.developers.byEmail(input.email.trim().toLowerCase());
    const ok = await verifyPassword(input.password, developer?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!developer || !ok) throw unauthorized('Incorrect email or password');
    if (developer.totpEnabled) {
      if (!input.totpCode) throw forbidden('2FA required');
      if (!(await this.useTotpCode(developer, input.totpCode))) throw unauthorized('Invalid 2FA code');
    }
    return this.issueDeveloperToken(developer);
  }

  /** Whether `code` is valid now and has not been used on this account before (it is spent by this call). */
  private async useTotpCode(developer: Developer, code: string): Promise<boolean> {
    if (!developer.totpSecret) return false;
    const step = totpCodeStep(code, developer.totpSecret);
    if (step === null) return false;
    return this.uow.run((repos) => repos.developers.useTotpStep(developer.id, step));
  }

  private async issueDeveloperToken(developer: Developer): Promise<AccessToken> {
    const issued = await signToken(
      await this.key(),
      { sub: `developer:${developer.id}`, tier: 'developer', role: developer.role, developer_id: developer.id, sv: developer.sessionVersion },
      this.settings,
      this.settings.accessTokenTtlSeconds,
    );
    return { access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn };
  }

  async revokeToken(jti: string, expiresAtSeconds: number): Promise<void> {
    if (!jti) throw validationError('jti is required', 'jti');
    await this.uow.run((repos) => repos.revokedTokens.revoke(jti, new Date(expiresAtSeconds * 1000)));
  }

  /**
   * A token is revoked when its jti was (logout, a spent recovery token) or, for a developer's
   * tokens, when it was issued before the developer's sessions were ended (its session version
   * is older: password reset, 2FA enabled).
   */
  async isTokenRevoked(jti: string, session?: { developerId: string; sessionVersion: number }): Promise<boolean> {
    if (await this.uow.read.revokedTokens.isRevoked(jti)) return true;
    if (!session) return false;
    const developer = await this.uow.read.developers.byId(session.developerId);
    return !developer || developer.sessionVersion > session.sessionVersion;
  }

  /** `isTokenRevoked` for several tokens with two reads, whatever their number; answers in order. */
  async areTokensRevoked(checks: Array<{ jti: string; session?: { developerId: string; sessionVersion: number } }>): Promise<boolean[]> {
    const revoked = await this.uow.read.revokedTokens.revokedAmong([...new Set(checks.map((c) => c.jti))]);
    const versions = new Map<string, number | null>();
    for (const id of new Set(checks.flatMap((c) => (c.session ? [c.session.developerId] : [])))) {
      versions.set(id, (await this.uow.read.developers.byId(id))?.sessionVersion ?? null);
    }
    return checks.map((c) => {
      if (revoked.has(c.jti)) return true;
      if (!c.session) return false;
      const current = versions.get(c.session.developerId);
      return current === null || current === undefined || current > c.session.sessionVersion;
    });
  }

  // ── two-factor authentication ───────────────────────────────────────────────

  async setupTotp(developerId: string): Promise<{ secret: string; otpauth_uri: string }> {
    const developer = await this.getDeveloper(developerId);
    if (developer.totpEnabled) throw conflict('2FA is already enabled; disable it first to set it up again');
    const secret = newTotpSecret();
    await this.uow.run((repos) => repos.developers.setTotp(developerId, secret, false));
    return { secret, otpauth_uri: totpUri(developer.email, this.settings.totpIssuer, secret) };
  }

  async enableTotp(developerId: string, code: string): Promise<void> {
    const developer = await this.getDeveloper(developerId);
    if (developer.totpEnabled) throw conflict('2FA is already enabled');
    if (!developer.totpSecret) throw validationError('Set up 2FA first: no secret has been issued', 'code');
    if (!(await this.useTotpCode(developer, code))) throw validationError('Invalid 2FA code', 'code');
    await this.uow.run(async (repos) => {
      await repos.developers.setTotp(developerId, developer.totpSecret, true);
      // Sessions opened with the password alone end: from now on a session needs the second factor.
      await repos.developers.endSessions(developerId);
      await repos.outbox.emit({ type: 'developer.2fa_changed', data: { developer_id: developerId, enabled: true } });
    });
  }

  async disableTotp(developerId: string, code: string): Promise<void> {
    const developer = await this.getDeveloper(developerId);
    if (!developer.totpEnabled || !developer.totpSecret) throw validationError('2FA is not enabled', 'code');
    if (!(await this.useTotpCode(developer, code))) throw validationError('Invalid 2FA code', 'code');
    await this.uow.run(async (repos) => {
      await repos.developers.setTotp(developerId, null, false);
      await repos.outbox.emit({ type: 'developer.2fa_changed', data: { developer_id: developerId, enabled: false } });
    });
  }

  // ── account recovery ────────────────────────────────────────────────────────

  async recoverAccount(input: { email: string; recoveryKey: string }): Promise<AccessToken> {
    const failure = () => unauthorized('Invalid email or recovery key');
    const developer = await this.uow.read.developers.byEmail(input.email.trim().toLowerCase());
    if (!developer) throw failure();
    const keyHash = hashSecret(normalizeRecoveryKey(input.recoveryKey));
    const consumed = await this.uow.run((repos) => repos.recoveryKeys.consume(developer.id, keyHash));
    if (!consumed) throw failure();
    const issued = await signToken(
      await this.key(),
      { sub: `developer:${developer.id}`, tier: 'recovery', developer_id: developer.id, sv: developer.sessionVersion },
      this.settings,
      this.settings.recoveryTokenTtlSeconds,
    );
    return { access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn };
  }

  async setNewPassword(input: { developerId: string; recoveryTokenId: string; recoveryTokenExpiresAt: number; newPassword: string }): Promise<void> {
    checkPasswordStrength(input.newPassword, 'new_password');
    const passwordHash = await hashPassword(input.newPassword);
    await this.uow.run(async (repos) => {
      // The recovery token is spent by its one use.
      const fresh = await repos.revokedTokens.revoke(input.recoveryTokenId, new Date(input.recoveryTokenExpiresAt * 1000));
      if (!fresh) throw unauthorized('Recovery token has already been used');
      const developer = await repos.developers.byId(input.developerId);
      if (!developer) throw unauthorized('Could not validate credentials');
      await repos.developers.setPassword(developer.id, passwordHash);
      // Every session issued before the reset ends (other recovery tokens too). API keys stay:
      // they are separate credentials, listed and revoked at /auth/api-keys.
      await repos.developers.endSessions(developer.id);
      await repos.outbox.emit({ type: 'developer.password_changed', data: { developer_id: developer.id, via: 'recovery' } });
    });
  }

  // ── API keys ────────────────────────────────────────────────────────────────

  async createApiKey(developerId: string, description: string | null): Promise<{ plainKey: string; info: ApiKey }> {
    if (description && description.length > 200) throw validationError('description must be at most 200 characters', 'description');
    const plainKey = newApiKey();
    const info = await this.uow.run(async (repos) => {
      const key = await repos.apiKeys.insert({ developerId, keyHash: hashSecret(plainKey), prefix: apiKeyDisplayPrefix(plainKey), description });
      await repos.outbox.emit({ type: 'api_key.created', data: { developer_id: developerId, api_key_id: key.id, prefix: key.prefix } });
      return key;
    });
    return { plainKey, info };
  }

  listApiKeys(developerId: string): Promise<ApiKey[]> {
    return this.uow.read.apiKeys.listActive(developerId);
  }

  async revokeApiKey(developerId: string, id: string): Promise<void> {
    if (!isRowId(id)) throw notFound(`API key ${id} not found`);
    await this.uow.run(async (repos) => {
      const key = await repos.apiKeys.revoke(developerId, id);
      if (!key) throw notFound(`API key ${id} not found`);
      await repos.outbox.emit({ type: 'api_key.revoked', data: { developer_id: developerId, api_key_id: key.id, prefix: key.prefix } });
    });
  }

  async authenticateApiKey(apiKey: string): Promise<Developer> {
    if (!isApiKey(apiKey)) throw unauthorized('Invalid API key');
    const developer = await this.uow.read.apiKeys.authenticate(hashSecret(apiKey));
    if (!developer) throw unauthorized('Invalid API key');
    return developer;
  }

  // ── onboarding ──────────────────────────────────────────────────────────────

  async requestBootstrapToken(developerId: string, hint: { agentTypeHint?: string; requestedBy?: string }) {
    await this.getDeveloper(developerId);
    const token = newBootstrapToken();
    const expiresAt = new Date(Date.now() + this.settings.bootstrapTokenTtlSeconds * 1000);
    await this.uow.run((repos) =>
      repos.bootstrapTokens.insert({
        tokenHash: hashSecret(token),
        developerId,
        expiresAt,
        agentTypeHint: hint.agentTypeHint || null,
        requestedBy: hint.requestedBy || null,
      }),
    );
    return { bootstrap_token: token, expires_in: this.settings.bootstrapTokenTtlSeconds, expires_at: expiresAt.toISOString() };
  }

  async createAgent(input: { bootstrapToken: string; agentCard: unknown; publicKeyJwk: unknown | null }) {
    const card = summarizeAgentCard(input.agentCard);
    const clientSecret = newClientSecret();
    const agent = await this.uow.run(async (repos) => {
      const token = await repos.bootstrapTokens.lockByHash(hashSecret(input.bootstrapToken));
      if (!token) throw unauthorized('Invalid bootstrap token');
      if (token.usedAt) throw conflict('Bootstrap token has already been used');
      if (token.expiresAt.getTime() <= Date.now()) throw unauthorized('Bootstrap token has expired');
      if (this.settings.requireVerifiedEmail) assertVerifiedForAgents(true, await repos.developers.byId(token.developerId));
      const limit = this.settings.maxAgentsPerDeveloper;
      if (limit !== undefined) {
        await repos.agentCounts.lockDeveloper(token.developerId);
        const { active } = await repos.agentCounts.count(token.developerId);
        if (active >= limit) {
          throw new DomainError('forbidden', `Agent limit reached: a developer may have at most ${limit} active agents`, {
            code: 'AGENT_LIMIT_REACHED',
            context: { limit, active },
          });
        }
      }
      const index = cardIndexFields(input.agentCard, card);
      if (index.humanReadableId && (await repos.agentCards.humanReadableIdTaken(index.humanReadableId, null))) {
        throw conflict(`humanReadableId ${index.humanReadableId} is already taken`, 'agent_card.humanReadableId');
      }
      const created = await repos.agents.insert({
        did: newAgentDid(),
        developerId: token.developerId,
        clientId: newClientId(),
        clientSecretHash: hashSecret(clientSecret),
        publicKeyJwk: input.publicKeyJwk,
        card: { name: card.name, description: card.description, card: input.agentCard, index },
      });
      await repos.bootstrapTokens.markUsed(token.tokenHash, created.did);
      await repos.outbox.emit({
        type: 'agent.created',
        subject: created.did,
        data: { agent_did: created.did, developer_id: created.developerId, agent_card_id: created.card!.id, agent_card_name: created.card!.name },
      });
      return created;
    });
    return { agent, clientSecret };
  }

  async issueAgentToken(clientId: string, clientSecret: string): Promise<AccessToken> {
    const agent = await this.uow.read.agents.byClientId(clientId);
    if (!agent || agent.clientSecretHash !== hashSecret(clientSecret)) throw unauthorized('Invalid client credentials');
    if (agent.status !== 'active') throw forbidden(`Agent is ${agent.status}`);
    await this.uow.read.agents.touch(agent.id);
    const issued = await signToken(
      await this.key(),
      { sub: agent.did, tier: 'agent', developer_id: agent.developerId },
      this.settings,
      this.settings.accessTokenTtlSeconds,
    );
    return { access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn };
  }

  async getAgent(did: string): Promise<Agent> {
    const agent = await this.uow.read.agents.byDid(did);
    if (!agent) throw notFound(`Agent with DID ${did} not found`);
    return agent;
  }

  listDeveloperAgents(developerId: string, limit: number, offset: number) {
    return this.uow.read.agents.listByDeveloper(developerId, limit, offset);
  }

  searchAgents(query: { search?: string; activeOnly: boolean; limit: number; offset: number }) {
    return this.uow.read.agents.search({ ...query, limit: Math.min(Math.max(query.limit || 100, 1), 1000), offset: Math.max(query.offset, 0) });
  }

  // ── signing keys ────────────────────────────────────────────────────────────

  async jwks(): Promise<JSONWebKeySet> {
    await this.key();
    return { keys: await this.keys.publicKeys() };
  }

  private key(): Promise<SigningKey> {
    this.signingKey ??= this.keys.activeKey(generateSigningKey).catch((err) => {
      this.signingKey = undefined;
      throw err;
    });
    return this.signingKey;
  }
}
