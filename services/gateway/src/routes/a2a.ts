import { randomUUID } from 'node:crypto';
import { AgentCard, Role, type Message, type Part } from '@a2a-js/sdk';
import { AgentEvent, DefaultRequestHandler, InMemoryTaskStore, type AgentExecutor, type ExecutionEventBus, type RequestContext } from '@a2a-js/sdk/server';
import { agentCardHandler, jsonRpcHandler, UserBuilder } from '@a2a-js/sdk/server/express';
import { DomainError } from '@agentvault/errors';
import type { GatewayClients } from './clients.js';
import { z, ProblemSchema } from '../http/openapi.js';
import { route, type RouteDeps } from '../http/route.js';

/**
 * The registry as an A2A agent: its own card at /.well-known/agent-card.json, with a skill to
 * search the directory and one to look an agent up, answered over A2A JSON-RPC at /api/v1/a2a.
 * The protocol (JSON-RPC, message and task shapes, v0.3 compatibility) is @a2a-js/sdk's; this
 * module only turns a message into a directory call and its answer into a message.
 */

export const A2A_PATH = '/api/v1/a2a';
const SEARCH_SKILL = 'search-agents';
const LOOKUP_SKILL = 'lookup-agent';

/** What a caller asks, from a data part ({"intent": "search", "query": …}) or plain text ("lookup acme/weather"). */
export type DirectoryIntent =
  | { intent: 'search'; query: string; tags: string[]; skills: string[]; capabilities: string[]; limit: number }
  | { intent: 'lookup'; ref: string }
  | { intent: 'help' };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : []).map((s) => String(s).trim()).filter(Boolean);

export function parseIntent(parts: Part[]): DirectoryIntent {
  for (const part of parts) {
    if (part.content?.$case !== 'data' || typeof part.content.value !== 'object' || part.content.value === null) continue;
    const d = part.content.value as Record<string, unknown>;
    const intent = String(d.intent ?? d.skill ?? '').toLowerCase();
    if (intent === 'lookup' || intent === LOOKUP_SKILL) {
      const ref = [d.did, d.agent_did, d.human_readable_id, d.hri, d.card_id, d.id].find((v) => typeof v === 'string' && v.trim());
      if (!ref) throw badInput('lookup needs did, human_readable_id or card_id');
      return { intent: 'lookup', ref: String(ref).trim() };
    }
    if (intent === 'search' || intent === SEARCH_SKILL || intent === '') {
      const limit = d.limit === undefined ? 10 : Number(d.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badInput('limit must be an integer from 1 to 50');
      return { intent: 'search', query: String(d.query ?? d.search ?? '').trim(), tags: strings(d.tags), skills: strings(d.skill ?? d.skills), capabilities: strings(d.capability ?? d.capabilities), limit };
    }
    if (intent === 'help') return { intent: 'help' };
    throw badInput(`unknown intent ${intent}: use search, lookup or help`);
  }
  const text = parts.flatMap((p) => (p.content?.$case === 'text' ? [p.content.value] : [])).join(' ').trim();
  if (!text || /^help\b/i.test(text)) return { intent: 'help' };
  const lookup = /^(?:lookup|look up|get|find agent)\s+(\S+)\s*$/i.exec(text);
  if (lookup) return { intent: 'lookup', ref: lookup[1]! };
  return { intent: 'search', query: text.replace(/^search\s+(for\s+)?/i, ''), tags: [], skills: [], capabilities: [], limit: 10 };
}

class IntentError extends Error {}
const badInput = (message: string) => new IntentError(message);

const dataPart = (value: unknown): Part => ({ content: { $case: 'data', value }, metadata: undefined, filename: '', mediaType: 'application/json' });
const textPart = (value: string): Part => ({ content: { $case: 'text', value }, metadata: undefined, filename: '', mediaType: 'text/plain' });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class DirectoryExecutor implements AgentExecutor {
  constructor(
    private readonly identity: GatewayClients['identity'],
    private readonly baseUrl: string,
  ) {}

  private summary(c: { id: string; agent_did: string; name: string; description: string; human_readable_id: string; tags: string[]; developer_id: string }) {
    return {
      card_id: c.id,
      did: c.agent_did,
      name: c.name,
      description: c.description || null,
      human_readable_id: c.human_readable_id || null,
      tags: c.tags,
      self_registered: c.developer_id === '',
      card_url: `${this.baseUrl}/api/v1/agent-cards/${c.id}`,
      a2a_card_url: `${this.baseUrl}/api/v1/agents/${encodeURIComponent(c.agent_did)}/agent-card.json`,
    };
  }

  private async answer(intent: DirectoryIntent): Promise<Part[]> {
    if (intent.intent === 'help') {
      return [
        textPart('Ask me to search the agent directory ("search weather forecasts") or to look an agent up by DID, human-readable id or card id ("lookup acme/weather").'),
        dataPart({ intents: ['search', 'lookup', 'help'], search: { query: 'text', tags: ['tag'], skill: ['skill'], capability: ['streaming'], limit: 10 }, lookup: { did: 'did:…', human_readable_id: 'org/agent', card_id: 'uuid' } }),
      ];
    }
    if (intent.intent === 'search') {
      const page = await this.identity.call('ListAgentCards', {
        query: intent.query, tags: intent.tags, skills: intent.skills, capabilities: intent.capabilities, status: 'active', developer_id: '', sort: '', limit: intent.limit, offset: 0, updated_since: '', cursor: '',
      });
      const items = page.items.map((c) => this.summary(c));
      return [
        textPart(`${page.total}${page.total_is_exact ? '' : '+'} agent(s) match${intent.query ? ` "${intent.query}"` : ''}; the first ${items.length} are listed.`),
        dataPart({ intent: 'search', total: page.total, total_is_exact: page.total_is_exact, items }),
      ];
    }
    const ref = intent.ref;
    let card;
    try {
      card = UUID.test(ref)
        ? await this.identity.call('GetAgentCard', { id: ref })
        : ref.startsWith('did:')
          ? await this.identity.call('GetAgentCardByDid', { did: ref })
          : await this.identity.call('GetAgentCardByHri', { human_readable_id: ref });
    } catch (err) {
      if (err instanceof DomainError && err.kind === 'not_found') return [textPart(`No agent card matches ${ref}.`), dataPart({ intent: 'lookup', found: false, ref })];
      throw err;
    }
    return [
      textPart(`${card.name}: ${card.description || 'no description'}`),
      dataPart({ intent: 'lookup', found: card.is_active, ref, agent: { ...this.summary(card), is_active: card.is_active, card_data: JSON.parse(card.card_json) as unknown } }),
    ];
  }

  async execute(context: RequestContext, bus: ExecutionEventBus): Promise<void> {
    let parts: Part[];
    try {
      parts = await this.answer(parseIntent(context.userMessage.parts));
    } catch (err) {
      if (!(err instanceof IntentError) && !(err instanceof DomainError && ['validation_error', 'bad_request'].includes(err.kind))) throw err;
      parts = [textPart(err.message), dataPart({ error: { code: 'INVALID_REQUEST', message: err.message } })];
    }
    const reply: Message = {
      messageId: randomUUID(),
      contextId: context.contextId,
      taskId: '',
      role: Role.ROLE_AGENT,
      parts,
      metadata: undefined,
      extensions: [],
      referenceTaskIds: [],
    };
    bus.publish(AgentEvent.message(reply));
    bus.finished();
  }

  async cancelTask(): Promise<void> {
    // Every answer is one message: there is never a task left to cancel.
  }
}

/** The registry's A2A card, for where it is reached from. */
export function registryAgentCard(baseUrl: string, name: string): AgentCard {
  return AgentCard.fromJSON({
    name,
    description: `${name}: a registry of AI agents. Search its directory of agent cards, or look an agent up by DID, human-readable id or card id.`,
    supportedInterfaces: [
      { url: `${baseUrl}${A2A_PATH}`, protocolBinding: 'JSONRPC', protocolVersion: '1.0' },
      // Callers still on A2A v0.3 (no A2A-Version header) are answered through the SDK's compat layer.
      { url: `${baseUrl}${A2A_PATH}`, protocolBinding: 'JSONRPC', protocolVersion: '0.3' },
    ],
    provider: { organization: name, url: baseUrl },
    version: '1.0.0',
    documentationUrl: `${baseUrl}/docs`,
    capabilities: { streaming: false, pushNotifications: false },
    securitySchemes: {},
    securityRequirements: [],
    defaultInputModes: ['text/plain', 'application/json'],
    defaultOutputModes: ['application/json', 'text/plain'],
    skills: [
      {
        id: SEARCH_SKILL,
        name: 'Search the agent directory',
        description: 'Full-text search over agent names, descriptions, skills and tags, with tag, skill and capability filters. Send text, or a data part {"intent":"search","query":…,"tags":[…],"skill":[…],"capability":[…],"limit":10}.',
        tags: ['directory', 'search', 'discovery'],
        examples: ['search weather forecasts', '{"intent":"search","query":"translation","tags":["nlp"]}'],
        inputModes: ['text/plain', 'application/json'],
        outputModes: ['application/json'],
      },
      {
        id: LOOKUP_SKILL,
        name: 'Look an agent up',
        description: 'One agent card by DID, human-readable id (org/agent) or card id. Send "lookup <id>", or a data part {"intent":"lookup","did":…}.',
        tags: ['directory', 'lookup', 'discovery'],
        examples: ['lookup acme/weather', '{"intent":"lookup","did":"did:agentvault:…"}'],
        inputModes: ['text/plain', 'application/json'],
        outputModes: ['application/json'],
      },
    ],
  });
}

const A2aCardDoc = z.record(z.unknown()).openapi('RegistryA2AAgentCard', { description: "The registry's own A2A v1.0 agent card: skills search-agents and lookup-agent" });

export function a2aRoutes(deps: RouteDeps, { identity, federation }: GatewayClients): void {
  // The SDK's handlers for each address the gateway is reached at (known once it listens).
  const servers = new Map<string, Promise<{ card: import('express').RequestHandler; rpc: import('express').RequestHandler }>>();
  const serverFor = (baseUrl: string) => {
    let server = servers.get(baseUrl);
    if (!server) {
      server = (async () => {
        let name = 'AgentVault';
        try {
          name = (JSON.parse((await federation.call('GetFederationInfo', {})).json) as { registry_name?: string }).registry_name || name;
        } catch {
          // The card still works under the default name; the next request asks again.
          servers.delete(baseUrl);
        }
        const handler = new DefaultRequestHandler(registryAgentCard(baseUrl, name), new InMemoryTaskStore(), new DirectoryExecutor(identity, baseUrl));
        return {
          card: agentCardHandler({ agentCardProvider: handler, cache: { maxAge: 300 } }),
          rpc: jsonRpcHandler({ requestHandler: handler, userBuilder: UserBuilder.noAuthentication, legacyCompat: { enabled: true } }),
        };
      })();
      servers.set(baseUrl, server);
    }
    return server;
  };
  const baseUrlOf = (req: import('express').Request) => deps.publicBaseUrl() ?? `${req.protocol}://${req.get('host')}`;
  // Mounted with use(): the SDK's routers answer at their own root.
  const mount = (path: string, method: 'GET' | 'POST', which: 'card' | 'rpc') =>
    deps.router.use(path, (req, _res, next) => (req.method === method || (method === 'GET' && req.method === 'HEAD')) && req.path === '/' ? next() : next('router'), deps.limits.role, (req, _res, next) => {
      // A body that is not JSON is refused in the API's own shape, before it reaches JSON-RPC.
      const hasContent = req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
      if (which === 'rpc' && hasContent && !req.is(['application/json', 'application/*+json'])) next(new DomainError('unsupported_media_type', 'The A2A endpoint takes application/json'));
      else next();
    }, async (req, res, next) => {
      try {
        (await serverFor(baseUrlOf(req)))[which](req, res, next);
      } catch (err) {
        next(err);
      }
    });

  deps.registry.registerPath({
    method: 'get',
    path: '/.well-known/agent-card.json',
    summary: "The registry's own A2A agent card",
    description: 'A2A discovery: the registry as an agent with the skills search-agents and lookup-agent, answered at POST /api/v1/a2a.',
    tags: ['Agents'],
    responses: { 200: { description: 'The A2A agent card', content: { 'application/json': { schema: A2aCardDoc } } } },
  });
  mount('/.well-known/agent-card.json', 'GET', 'card');

  deps.registry.registerPath({
    method: 'post',
    path: A2A_PATH,
    summary: 'A2A JSON-RPC: ask the registry to search its directory or look an agent up',
    description:
      'A2A v1.0 JSON-RPC 2.0 (SendMessage with header A2A-Version: 1.0; message/send without the header, as A2A v0.3). The message carries text ("search weather", "lookup acme/weather") or a data part {"intent":"search"|"lookup"|"help", …}; the answer is one agent message with a data part. Protocol errors are JSON-RPC errors (HTTP 200).',
    tags: ['Agents'],
    request: { body: { required: true, content: { 'application/json': { schema: z.record(z.unknown()).openapi('A2AJsonRpcRequest') } } } },
    responses: {
      200: { description: 'A JSON-RPC response', content: { 'application/json': { schema: z.record(z.unknown()).openapi('A2AJsonRpcResponse') } } },
      415: { description: 'The body is not JSON', content: { 'application/problem+json': { schema: ProblemSchema } } },
      429: { description: 'Too many requests', content: { 'application/problem+json': { schema: ProblemSchema } } },
    },
  });
  mount(A2A_PATH, 'POST', 'rpc');

  route(deps, {
    method: 'get',
    path: '/.well-known/a2a/:agent_id',
    summary: "A2A discovery: redirects to the agent's A2A card",
    description:
      "By DID, human-readable id (percent-encode its slash) or card id: a 302 to the agent's countersigned card at /api/v1/agents/{did}/agent-card.json (a self-registered agent: to its profile, /api/v1/agents/{did}).",
    tags: ['Agents'],
    params: z.object({ agent_id: z.string().min(1).max(300) }),
    responses: { 302: { description: "Location: the agent's A2A card" }, 404: { description: 'No agent card matches' } },
    handler: async ({ req, params }) => {
      const ref = params.agent_id;
      const card = UUID.test(ref)
        ? await identity.call('GetAgentCard', { id: ref })
        : ref.startsWith('did:')
          ? await identity.call('GetAgentCardByDid', { did: ref })
          : await identity.call('GetAgentCardByHri', { human_readable_id: ref });
      // A self-registered agent has no A2A card of its own: its profile is what describes it.
      const target = card.developer_id === '' ? '' : '/agent-card.json';
      return { status: 302, headers: { Location: `${baseUrlOf(req)}/api/v1/agents/${encodeURIComponent(card.agent_did)}${target}` } };
    },
  });
}
