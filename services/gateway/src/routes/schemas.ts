import { z } from '../http/openapi.js';

/** Request and response shapes of the identity surface; they validate and they document. */

export const TokenSchema = z
  .object({ access_token: z.string(), token_type: z.literal('bearer'), expires_in: z.number().int() })
  .openapi('Token');

export const DeveloperSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['developer', 'admin_platform', 'auditor']),
    is_admin: z.boolean(),
    is_verified: z.boolean(),
    totp_enabled: z.boolean(),
    created_at: z.string(),
  })
  .openapi('Developer');

export const RegisterDeveloperBody = z
  .object({
    email: z.string().trim().email().max(254).openapi({ example: 'you@example.com' }),
    password: z.string().min(1).max(128).openapi({ description: '8 to 128 characters with lower- and upper-case letters and a digit or symbol' }),
    name: z.string().trim().min(1).max(100),
  })
  .openapi('RegisterDeveloper');

export const RegistrationSchema = z
  .object({
    message: z.string(),
    developer: DeveloperSchema,
    recovery_keys: z.array(z.string()).openapi({ description: 'Shown once: each key resets the password one time' }),
  })
  .openapi('Registration');

export const LoginForm = z
  .object({
    username: z.string().min(1).openapi({ description: 'The account email' }),
    password: z.string().min(1),
    totp_code: z.string().optional(),
    grant_type: z.string().optional(),
    scope: z.string().optional(),
  })
  .openapi('LoginForm');

export const AgentTokenForm = z
  .object({
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
    username: z.string().optional().openapi({ description: 'Alias of client_id' }),
    password: z.string().optional().openapi({ description: 'Alias of client_secret' }),
    grant_type: z.string().optional(),
    scope: z.string().optional(),
  })
  .openapi('AgentTokenForm');

export const TotpSetupSchema = z.object({ secret: z.string(), otpauth_uri: z.string() }).openapi('TotpSetup');
export const TotpCodeBody = z.object({ code: z.string().regex(/^\d{6}$/, 'expected a 6-digit code') }).openapi('TotpCode');
export const TotpStatusSchema = z.object({ enabled: z.boolean() }).openapi('TotpStatus');

export const RecoverAccountBody = z
  .object({ email: z.string().trim().email(), recovery_key: z.string().min(1).max(100) })
  .openapi('RecoverAccount');
export const SetNewPasswordBody = z.object({ new_password: z.string().min(1).max(128) }).openapi('SetNewPassword');
export const MessageSchema = z.object({ message: z.string() }).openapi('Message');

export const ApiKeyInfoSchema = z
  .object({
    id: z.string(),
    prefix: z.string(),
    description: z.string().nullable(),
    is_active: z.boolean(),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
  })
  .openapi('ApiKeyInfo');
export const CreateApiKeyBody = z
  .object({ description: z.string().max(200).optional() })
  .optional()
  .openapi('CreateApiKey');
export const NewApiKeySchema = z
  .object({ plain_api_key: z.string().openapi({ description: 'avreg_ + 64 hex; shown once' }), api_key_info: ApiKeyInfoSchema })
  .openapi('NewApiKey');

export const BootstrapTokenBody = z
  .object({ agent_type_hint: z.string().max(100).optional(), requested_by: z.string().max(200).optional() })
  .optional()
  .openapi('BootstrapTokenRequest');
export const BootstrapTokenSchema = z
  .object({ bootstrap_token: z.string(), expires_in: z.number().int(), expires_at: z.string() })
  .openapi('BootstrapToken');

export const AgentCardInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(5000).optional(),
    url: z.string().url().refine((u) => /^https?:\/\//i.test(u), 'expected an http or https URL').optional(),
    version: z.string().max(50).optional(),
    capabilities: z.union([z.record(z.unknown()), z.array(z.unknown())]).optional(),
    skills: z.array(z.unknown()).optional(),
  })
  .passthrough()
  .openapi('AgentCardInput', { description: 'An A2A agent card; fields beyond these are kept as given' });

export const CreateAgentBody = z
  .object({
    agent_card: AgentCardInput,
    agent_did_method: z.string().optional().openapi({ description: 'Accepted for compatibility; DIDs are always did:agentvault' }),
    public_key_jwk: z.record(z.unknown()).optional(),
  })
  .openapi('CreateAgent');

export const CreateAgentSchema = z
  .object({
    agent_did: z.string(),
    client_id: z.string(),
    client_secret: z.string().openapi({ description: 'Shown once' }),
    account_status: z.string(),
    initial_funding_status: z.string(),
    agent_card_id: z.string(),
    agent_card_name: z.string(),
  })
  .openapi('CreatedAgent');

export const AgentCardSchema = z
  .object({ id: z.string(), name: z.string(), description: z.string(), card: z.record(z.unknown()).optional() })
  .openapi('AgentCard');

export const AgentSchema = z
  .object({
    id: z.string(),
    did: z.string(),
    client_id: z.string(),
    status: z.enum(['active', 'suspended', 'revoked']),
    creator_developer_id: z.string(),
    created_at: z.string(),
    last_active_at: z.string().nullable(),
    agent_card: AgentCardSchema.nullable(),
  })
  .openapi('Agent');

export const AgentSelfSchema = AgentSchema.extend({ public_key_jwk: z.record(z.unknown()).nullable() }).openapi('AgentSelf');

export const PublicAgentSchema = z
  .object({ did: z.string(), status: z.string(), created_at: z.string(), agent_card: AgentCardSchema.nullable() })
  .openapi('PublicAgent');

export const DidParams = z.object({ did: z.string().min(1).max(300) });
export const IdParams = z.object({ id: z.string().min(1).max(40) });
