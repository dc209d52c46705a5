/**
 * A small client for the AgentVault HTTP API: the onboarding flows with the right auth tier
 * and body encoding for each call, and errors raised with the server's problem details.
 */

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  error: { detail: string; type: string; code?: string; field?: string; context?: Record<string, unknown> };
}

export class AgentVaultError extends Error {
  constructor(readonly status: number, readonly problem: Problem | undefined, message: string) {
    super(message);
    this.name = 'AgentVaultError';
  }
}

export interface Token {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
}

export interface CreatedAgent {
  agent_did: string;
  client_id: string;
  client_secret: string;
  account_status: string;
  initial_funding_status: string;
  agent_card_id: string;
  agent_card_name: string;
}

export interface AgentCard {
  name: string;
  description?: string;
  url?: string;
  version?: string;
  capabilities?: Record<string, unknown> | unknown[];
  skills?: unknown[];
  [extra: string]: unknown;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

type Body = { json: unknown } | { form: Record<string, string> } | undefined;

export class AgentVaultClient {
  private readonly baseUrl: string;

  /** `credential`: a developer JWT, an API key (avreg_…) or an agent JWT, sent as a bearer token. */
  constructor(baseUrl: string, private credential?: string, private readonly fetchImpl: typeof fetch = fetch) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
  }

  /** A client that sends another credential against the same registry. */
  as(credential: string): AgentVaultClient {
    return new AgentVaultClient(this.baseUrl, credential, this.fetchImpl);
  }

  async request<T>(method: string, path: string, body?: Body, headers: Record<string, string> = {}): Promise<T> {
    const init: RequestInit = { method, headers: { accept: 'application/json', ...headers } };
    const h = init.headers as Record<string, string>;
    if (this.credential && !h.authorization && !h['Bootstrap-Token']) h.authorization = `Bearer ${this.credential}`;
    if (body && 'json' in body) {
      h['content-type'] = 'application/json';
      init.body = JSON.stringify(body.json);
    } else if (body && 'form' in body) {
      h['content-type'] = 'application/x-www-form-urlencoded';
      init.body = new URLSearchParams(body.form).toString();
    }
    const res = await this.fetchImpl(`${this.baseUrl}${path}`, init);
    const text = await res.text();
    const parsed = text ? safeJson(text) : undefined;
    if (!res.ok) {
      const problem = parsed as Problem | undefined;
      throw new AgentVaultError(res.status, problem, problem?.detail ?? `HTTP ${res.status}`);
    }
    return parsed as T;
  }

  // Flow 1: developer registration and login (the login form is form-encoded).
  registerDeveloper(input: { email: string; password: string; name: string }) {
    return this.request<{ message: string; developer: Record<string, unknown>; recovery_keys: string[] }>('POST', '/api/v1/auth/register-developer', { json: input });
  }
  login(email: string, password: string, totpCode?: string) {
    const form: Record<string, string> = { username: email, password };
    if (totpCode) form.totp_code = totpCode;
    return this.request<Token>('POST', '/api/v1/auth/login', { form });
  }
  me() {
    return this.request<Record<string, unknown>>('GET', '/api/v1/developers/me');
  }
  myAgents(page: { limit?: number; offset?: number } = {}) {
    const q = new URLSearchParams({ limit: String(page.limit ?? 50), offset: String(page.offset ?? 0) });
    return this.request<Page<Record<string, unknown>>>('GET', `/api/v1/developers/me/agents?${q}`);
  }

  // Flow 9: API keys.
  createApiKey(description?: string) {
    return this.request<{ plain_api_key: string; api_key_info: { id: string; prefix: string; created_at: string } }>('POST', '/api/v1/auth/api-keys', { json: { description } });
  }
  revokeApiKey(id: string) {
    return this.request<void>('DELETE', `/api/v1/auth/api-keys/${encodeURIComponent(id)}`);
  }

  // Flow 2: onboarding.
  requestBootstrapToken(hint: { agent_type_hint?: string; requested_by?: string } = {}) {
    return this.request<{ bootstrap_token: string; expires_in: number; expires_at: string }>('POST', '/api/v1/onboard/bootstrap/request-token', { json: hint });
  }
  createAgent(bootstrapToken: string, agentCard: AgentCard, publicKeyJwk?: Record<string, unknown>) {
    return this.request<CreatedAgent>('POST', '/api/v1/onboard/create_agent', { json: { agent_card: agentCard, public_key_jwk: publicKeyJwk } }, { 'Bootstrap-Token': bootstrapToken });
  }
  /** Bootstrap token and agent creation in one go, with the developer credential this client holds. */
  async onboardAgent(agentCard: AgentCard): Promise<CreatedAgent> {
    const { bootstrap_token } = await this.requestBootstrapToken();
    return this.createAgent(bootstrap_token, agentCard);
  }

  // Flow 3: agent authentication (OAuth2 client credentials, form-encoded).
  agentToken(clientId: string, clientSecret: string) {
    return this.request<Token>('POST', '/api/v1/auth/agent/token', { form: { client_id: clientId, client_secret: clientSecret } });
  }
  agentMe() {
    return this.request<Record<string, unknown>>('GET', '/api/v1/agents/me');
  }
  agentByDid(did: string) {
    return this.request<Record<string, unknown>>('GET', `/api/v1/agents/by-did/${encodeURIComponent(did)}`);
  }
  logout() {
    return this.request<void>('POST', '/api/v1/auth/logout');
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
