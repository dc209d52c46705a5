import type { Agent, ApiKey, Developer } from '../domain/model.js';
import type { IdentityService } from '../domain/identity-service.js';
import type { Handlers } from '@agentvault/grpc';
import type { IdentityContract } from '@agentvault/contracts/identity';
import { validationError } from '@agentvault/errors';
import type { DirectoryService } from '../domain/directory-service.js';
import { directoryHandlers } from './directory-handlers.js';
import type { SelfRegistrationService } from '../domain/self-registration.js';
import { selfRegistrationHandlers } from './self-registration-handlers.js';
import { organizationHandlers } from './organization-handlers.js';

/** proto ↔ domain for the IdentityService; no rules here. */

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : '');

export function developerMessage(d: Developer) {
  return {
    id: d.id,
    name: d.name,
    email: d.email,
    role: d.role,
    is_admin: d.role === 'admin_platform',
    is_verified: d.isVerified,
    totp_enabled: d.totpEnabled,
    created_at: iso(d.createdAt),
  };
}

export function agentMessage(a: Agent) {
  return {
    id: a.id,
    did: a.did,
    client_id: a.clientId,
    status: a.status,
    creator_developer_id: a.developerId,
    created_at: iso(a.createdAt),
    last_active_at: iso(a.lastActiveAt),
    public_key_jwk_json: a.publicKeyJwk ? JSON.stringify(a.publicKeyJwk) : '',
    agent_card: a.card ? { id: a.card.id, name: a.card.name, description: a.card.description, card_json: JSON.stringify(a.card.card) } : null,
  };
}

function apiKeyMessage(k: ApiKey) {
  return {
    id: k.id,
    prefix: k.prefix,
    description: k.description ?? '',
    is_active: !k.revokedAt,
    created_at: iso(k.createdAt),
    last_used_at: iso(k.lastUsedAt),
  };
}

function parseJson(value: string, field: string): unknown {
  if (!value) return null;
  try {
    return JSON.parse(value);
  } catch {
    throw validationError(`${field} is not valid JSON`, field);
  }
}

export function identityHandlers(
  service: IdentityService,
  directory: DirectoryService,
  selfRegistration: SelfRegistrationService,
  organizations: Parameters<typeof organizationHandlers>,
): Handlers<IdentityContract> {
  return {
    ...directoryHandlers(directory),
    ...selfRegistrationHandlers(selfRegistration),
    ...organizationHandlers(...organizations),
    RegisterDeveloper: async (req) => {
      const { developer, recoveryKeys } = await service.registerDeveloper(req);
      return { developer: developerMessage(developer), recovery_keys: recoveryKeys };
    },
    Login: (req) => service.login({ email: req.email, password: req.password, totpCode: req.totp_code || undefined }),
    RevokeToken: async (req) => (await service.revokeToken(req.jti, Number(req.expires_at)), {}),
    IsTokenRevoked: async (req) => ({
      revoked: await service.isTokenRevoked(req.jti, req.developer_id ? { developerId: req.developer_id, sessionVersion: Number(req.session_version) } : undefined),
    }),
    AreTokensRevoked: async (req) => ({
      revoked: await service.areTokensRevoked(
        req.tokens.map((t) => ({ jti: t.jti, session: t.developer_id ? { developerId: t.developer_id, sessionVersion: Number(t.session_version) } : undefined })),
      ),
    }),

    SetupTotp: (req) => service.setupTotp(req.developer_id),
    EnableTotp: async (req) => (await service.enableTotp(req.developer_id, req.code), { enabled: true }),
    DisableTotp: async (req) => (await service.disableTotp(req.developer_id, req.code), { enabled: false }),

    RecoverAccount: (req) => service.recoverAccount({ email: req.email, recoveryKey: req.recovery_key }),
    SetNewPassword: async (req) => {
      await service.setNewPassword({
        developerId: req.developer_id,
        recoveryTokenId: req.recovery_token_id,
        recoveryTokenExpiresAt: Number(req.recovery_token_expires_at),
        newPassword: req.new_password,
      });
      return { message: 'Password has been reset. Log in with the new password.' };
    },

    GetDeveloper: async (req) => developerMessage(await service.getDeveloper(req.developer_id)),
    SetDeveloperRole: async (req) => developerMessage(await service.setDeveloperRole(req.developer_id, req.role)),
    ListDeveloperAgents: async (req) => {
      const page = await service.listDeveloperAgents(req.developer_id, req.limit, req.offset);
      return { items: page.items.map(agentMessage), total: page.total };
    },

    SearchAgents: async (req) => {
      const page = await service.searchAgents({ search: req.search || undefined, activeOnly: req.active_only, limit: req.limit, offset: req.offset });
      return { items: page.items.map(agentMessage), total: page.total };
    },

    CreateApiKey: async (req) => {
      const { plainKey, info } = await service.createApiKey(req.developer_id, req.description || null);
      return { plain_api_key: plainKey, api_key_info: apiKeyMessage(info) };
    },
    ListApiKeys: async (req) => ({ items: (await service.listApiKeys(req.developer_id)).map(apiKeyMessage) }),
    RevokeApiKey: async (req) => (await service.revokeApiKey(req.developer_id, req.id), {}),
    AuthenticateApiKey: async (req) => {
      const developer = await service.authenticateApiKey(req.api_key);
      const quota = await organizations[1].requestQuotaOfApiKey(req.api_key);
      return { developer_id: developer.id, role: developer.role, organization_id: quota?.organizationId ?? '', organization_requests_per_minute: quota?.requestsPerMinute ?? 0 };
    },

    RequestBootstrapToken: (req) =>
      service.requestBootstrapToken(req.developer_id, { agentTypeHint: req.agent_type_hint, requestedBy: req.requested_by }),
    CreateAgent: async (req) => {
      const { agent, clientSecret } = await service.createAgent({
        bootstrapToken: req.bootstrap_token,
        agentCard: parseJson(req.agent_card_json, 'agent_card'),
        publicKeyJwk: parseJson(req.public_key_jwk_json, 'public_key_jwk'),
      });
      return {
        agent_did: agent.did,
        client_id: agent.clientId,
        client_secret: clientSecret,
        account_status: agent.status,
        agent_card_id: agent.card!.id,
        agent_card_name: agent.card!.name,
        initial_funding_status: 'not_requested',
      };
    },
    IssueAgentToken: (req) => service.issueAgentToken(req.client_id, req.client_secret),
    GetAgent: async (req) => agentMessage(await service.getAgent(req.did)),

    GetJwks: async () => ({ jwks_json: JSON.stringify(await service.jwks()) }),
  };
}
