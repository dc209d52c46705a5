import { present } from '../http/grpc-result.js';
import type { GatewayClients } from './clients.js';
import { developerOf } from './common.js';
import { DomainError, validationError } from '@agentvault/errors';
import { route, type RouteDeps } from '../http/route.js';
import { z } from '../http/openapi.js';
import {
  AgentTokenForm, ApiKeyInfoSchema, CreateApiKeyBody, IdParams, LoginForm, MessageSchema, NewApiKeySchema, RecoverAccountBody,
  RegisterDeveloperBody, RegistrationSchema, SetNewPasswordBody, TokenSchema, TotpCodeBody, TotpSetupSchema, TotpStatusSchema,
} from './schemas.js';
import { apiKeyJson } from './mappers.js';

const TAGS = ['Authentication'];


export function authRoutes(deps: RouteDeps, { identity }: GatewayClients): void {
  route(deps, {
    method: 'post',
    path: '/api/v1/auth/register-developer',
    summary: 'Register a developer account',
    description: 'Creates the account and returns its recovery keys, which are shown only this once.',
    tags: TAGS,
    cap: 'register',
    body: RegisterDeveloperBody,
    responses: { 201: { description: 'Registered', schema: RegistrationSchema }, 409: { description: 'Email already registered' } },
    handler: async ({ body }) => {
      const result = await identity.call('RegisterDeveloper', body);
      return {
        status: 201,
        body: {
          message: 'Developer registered. Store the recovery keys safely: they are shown only once.',
          developer: result.developer,
          recovery_keys: result.recovery_keys,
        },
      };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/login',
    summary: 'Log in as a developer',
    description: 'Form-encoded (application/x-www-form-urlencoded): username is the email. Accounts with 2FA also send totp_code.',
    tags: TAGS,
    cap: 'login',
    body: LoginForm,
    bodyType: 'form',
    responses: { 200: { description: 'A developer JWT', schema: TokenSchema }, 401: { description: 'Wrong email or password' }, 403: { description: '2FA required' } },
    handler: async ({ body }) => ({
      body: await identity.call('Login', { email: body.username, password: body.password, totp_code: body.totp_code ?? '' }),
    }),
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/logout',
    summary: 'Log out: revoke the presented token',
    tags: TAGS,
    auth: ['developer', 'agent'],
    responses: { 204: { description: 'The token no longer works' } },
    handler: async ({ principal }) => {
      if (!principal || !('jti' in principal) || !principal.jti || !principal.exp) {
        throw validationError('Logout revokes a token; revoke API keys with DELETE /api/v1/auth/api-keys/{id}', 'authorization');
      }
      await identity.call('RevokeToken', { jti: principal.jti, expires_at: principal.exp });
      return { status: 204 };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/2fa/setup',
    summary: 'Start TOTP 2FA setup',
    description: 'Returns a new secret and its otpauth:// URI. 2FA is on only after POST /auth/2fa/enable proves a code.',
    tags: TAGS,
    auth: ['developer'],
    responses: { 200: { description: 'The secret to load into an authenticator app', schema: TotpSetupSchema } },
    handler: async ({ principal }) => ({ body: await identity.call('SetupTotp', { developer_id: developerOf(principal) }) }),
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/2fa/enable',
    summary: 'Enable 2FA by proving a current code',
    tags: TAGS,
    auth: ['developer'],
    body: TotpCodeBody,
    responses: { 200: { description: '2FA is on', schema: TotpStatusSchema } },
    handler: async ({ principal, body }) => ({ body: await identity.call('EnableTotp', { developer_id: developerOf(principal), code: body.code }) }),
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/2fa/disable',
    summary: 'Disable 2FA with a current code',
    tags: TAGS,
    auth: ['developer'],
    body: TotpCodeBody,
    responses: { 200: { description: '2FA is off', schema: TotpStatusSchema } },
    handler: async ({ principal, body }) => ({ body: await identity.call('DisableTotp', { developer_id: developerOf(principal), code: body.code }) }),
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/recover-account',
    summary: 'Exchange a recovery key for a short-lived recovery token',
    description: 'The token can do one thing: POST /auth/set-new-password. Each recovery key works once.',
    tags: TAGS,
    cap: 'recovery',
    body: RecoverAccountBody,
    responses: { 200: { description: 'A recovery token', schema: TokenSchema }, 401: { description: 'Unknown email or key' } },
    handler: async ({ body }) => ({ body: await identity.call('RecoverAccount', body) }),
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/set-new-password',
    summary: 'Set a new password with a recovery token',
    tags: TAGS,
    cap: 'recovery',
    auth: ['recovery'],
    body: SetNewPasswordBody,
    responses: { 200: { description: 'Password changed', schema: MessageSchema } },
    handler: async ({ principal, body }) => {
      if (principal?.tier !== 'recovery') throw new DomainError('unauthorized', 'A recovery token is required');
      return {
        body: await identity.call('SetNewPassword', {
          developer_id: principal.developerId,
          recovery_token_id: principal.jti,
          recovery_token_expires_at: principal.exp,
          new_password: body.new_password,
        }),
      };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/api-keys',
    summary: 'Create an API key',
    description: 'The plain key is in this response only; afterwards only its prefix is shown.',
    tags: ['API Keys'],
    auth: ['developer'],
    body: CreateApiKeyBody,
    responses: { 201: { description: 'The new key', schema: NewApiKeySchema } },
    handler: async ({ principal, body }) => {
      const created = await identity.call('CreateApiKey', { developer_id: developerOf(principal), description: body?.description ?? '' });
      return { status: 201, body: { plain_api_key: created.plain_api_key, api_key_info: apiKeyJson(present(created.api_key_info, 'api_key_info')) } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/auth/api-keys',
    summary: 'List active API keys (prefixes only)',
    tags: ['API Keys'],
    auth: ['developer'],
    responses: { 200: { description: 'Active keys', schema: z.array(ApiKeyInfoSchema) } },
    handler: async ({ principal }) => {
      const { items } = await identity.call('ListApiKeys', { developer_id: developerOf(principal) });
      return { body: items.map(apiKeyJson) };
    },
  });

  route(deps, {
    method: 'delete',
    path: '/api/v1/auth/api-keys/:id',
    summary: 'Revoke an API key',
    tags: ['API Keys'],
    auth: ['developer'],
    params: IdParams,
    responses: { 204: { description: 'Revoked' }, 404: { description: 'No such key of yours' } },
    handler: async ({ principal, params }) => {
      await identity.call('RevokeApiKey', { developer_id: developerOf(principal), id: params.id });
      return { status: 204 };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/agent/token',
    summary: 'Agent token (OAuth2 client credentials)',
    description: 'Form-encoded client_id and client_secret (username and password are accepted as aliases).',
    tags: TAGS,
    body: AgentTokenForm,
    bodyType: 'form',
    responses: { 200: { description: 'An agent JWT', schema: TokenSchema }, 401: { description: 'Invalid client credentials' } },
    handler: async ({ body }) => {
      const clientId = body.client_id ?? body.username;
      const clientSecret = body.client_secret ?? body.password;
      if (!clientId) throw new DomainError('validation_error', 'client_id: Required', { code: 'VALIDATION_FAILED', field: 'client_id' });
      if (!clientSecret) throw new DomainError('validation_error', 'client_secret: Required', { code: 'VALIDATION_FAILED', field: 'client_secret' });
      return { body: await identity.call('IssueAgentToken', { client_id: clientId, client_secret: clientSecret }) };
    },
  });
}
