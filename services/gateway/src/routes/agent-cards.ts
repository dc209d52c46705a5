import { unauthorized } from '@agentvault/errors';
import type { GatewayClients } from './clients.js';
import { assertDecodableQuery } from './common.js';
import { route, PaginationQuery, type RouteDeps } from '../http/route.js';
import { z } from '../http/openapi.js';
import type { Principal } from '../http/principal.js';
import type { DirectoryCard__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/DirectoryCard';

/**
 * The agent directory (reference tags "Agent Cards", "Utilities", "Agents"): cards submitted in
 * A2A v1.0 form, searched and synced, served with the registry's countersignature.
 */

type DirectoryCardMessage = DirectoryCard__Output;

const CardData = z.record(z.unknown()).openapi({ description: 'An A2A v1.0 agent card (name, description, supportedInterfaces, version, capabilities, defaultInputModes, defaultOutputModes, skills, …)' });

export const AgentCardReadSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    description: z.string().nullable(),
    is_active: z.boolean(),
    agent_did: z.string(),
    developer_id: z.string().nullable().openapi({ description: 'null for a self-registered agent' }),
    developer_is_verified: z.boolean(),
    human_readable_id: z.string().nullable(),
    tags: z.array(z.string()),
    card_data: z.record(z.unknown()),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('AgentCardRead');

const AgentCardSummarySchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    description: z.string().nullable(),
    is_active: z.boolean(),
    origin_registry_name: z.string().nullable().openapi({ description: 'The registry the card comes from; null for this one' }),
    agent_did: z.string(),
    developer_id: z.string().nullable().openapi({ description: 'null for a self-registered agent (its card is made from its profile)' }),
    human_readable_id: z.string().nullable(),
    tags: z.array(z.string()),
    updated_at: z.string(),
    card_data: z.record(z.unknown()).optional().openapi({ description: 'With include_card_data=true' }),
  })
  .openapi('AgentCardSummary');

const AgentCardListSchema = z
  .object({
    items: z.array(AgentCardSummarySchema),
    total: z.number().int().openapi({ description: 'Exact up to 1,000 matches; beyond, 1,000 with total_is_exact false (page through everything with updated_since and cursor)' }),
    total_is_exact: z.boolean(),
    limit: z.number().int(),
    offset: z.number().int(),
    next_cursor: z.string().nullable().openapi({ description: 'Incremental sync: set when the page is full; pass it back as cursor' }),
    pagination: z.object({
      total_items: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
      total_pages: z.number().int(),
      current_page: z.number().int(),
    }),
  })
  .openapi('AgentCardListResponse');

const listOf = (max: number) =>
  z
    .preprocess(
      (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => (typeof s === 'string' ? s.split(',') : [s]))),
      z.array(z.string().max(200)).max(max).optional(),
    )
    .openapi({ type: 'array', items: { type: 'string' }, 'x-free-text': true });
const queryBool = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean().optional()).openapi({ type: 'boolean' });

const ListQuery = PaginationQuery.extend({
  skip: z.preprocess((v) => (typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : v), z.number().int().min(0).max(2_147_483_647).optional()).openapi({ description: 'Alias of offset', type: 'integer' }),
  search: z.string().max(200).optional().openapi({ 'x-free-text': true, description: 'Full text over name, description, skills and tags (web-search syntax: "quoted phrase", -excluded, or)' }),
  tags: listOf(20).openapi({ description: 'Cards must carry every tag (repeat the parameter or separate with commas)' }),
  skill: listOf(20).openapi({ description: 'Cards must have every skill (id or name)' }),
  capability: listOf(20).openapi({ description: 'Cards must switch on every capability (streaming, pushNotifications, …) or extension URI' }),
  status: z.enum(['active', 'inactive', 'all']).optional().openapi({ description: 'Default active' }),
  active_only: queryBool.openapi({ description: 'false is the same as status=all' }),
  developer_id: z.string().regex(/^\d{1,18}$/, 'expected a developer id').optional(),
  sort: z.enum(['relevance', 'name', '-name', 'created_at', '-created_at', 'updated_at', '-updated_at']).optional().openapi({ description: 'Default: relevance with search, else -created_at' }),
  updated_since: z.string().datetime({ offset: true }).optional().openapi({ description: 'Incremental sync: cards changed at or after this time, oldest first' }),
  cursor: z.string().max(200).optional().openapi({ description: 'Incremental sync: the next_cursor of the previous page' }),
  include_card_data: queryBool.openapi({ description: 'Each item carries its full card' }),
  registry: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Only one registry\'s cards: "local" (this registry, or its name) or the name of an active peer registry (asked through federation; an unknown one is a 404)' }),
  include_federated: queryBool.openapi({
    description: "Also every approved peer registry's results (the federation service asks each within its deadline): each item marked with its registry and our trust verdict",
  }),
});

const CardIdParams = z.object({ card_id: z.string().uuid() });
const HriParams = z.object({ human_readable_id: z.string().min(1).max(201) });
const HriQuery = z.object({ hri: z.string().min(1).max(201).openapi({ description: 'The humanReadableId, e.g. acme/weather' }) });

const SubmitBody = z
  .object({
    card_data: CardData,
    agent_did: z.string().min(1).max(300).openapi({ description: 'Which of your agents the card describes' }),
  })
  .openapi('AgentCardCreate');
const UpdateBody = z
  .object({ card_data: CardData.nullable().optional(), is_active: z.boolean().nullable().optional() })
  .openapi('AgentCardUpdate');
const ValidateBody = z.object({ card_data: CardData }).openapi('AgentCardValidationRequest');
const ValidationSchema = z
  .object({
    is_valid: z.boolean(),
    detail: z.string().nullable(),
    validated_card_data: z.record(z.unknown()).nullable(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })),
  })
  .openapi('AgentCardValidationResponse');

const A2aCardSchema = z.record(z.unknown()).openapi('A2AAgentCard', { description: 'The card in A2A form; the last signature is the registry countersignature (its kid is in /.well-known/jwks.json)' });
const AgentCountSchema = z
  .object({ developer_id: z.string(), active_agents: z.number().int(), total_agents: z.number().int(), max_active_agents: z.number().int() })
  .openapi('DeveloperAgentCount');

function developerOf(principal: Principal | undefined): string {
  if (principal?.tier !== 'developer') throw unauthorized('Could not validate credentials');
  return principal.developerId;
}

const cardData = (json: string): Record<string, unknown> => JSON.parse(json) as Record<string, unknown>;

function cardRead(c: DirectoryCardMessage) {
  return {
    id: c.id,
    name: c.name,
    description: c.description || null,
    is_active: c.is_active,
    agent_did: c.agent_did,
    developer_id: c.developer_id || null,
    developer_is_verified: c.developer_is_verified,
    human_readable_id: c.human_readable_id || null,
    tags: c.tags,
    card_data: cardData(c.card_json),
    created_at: c.created_at,
    updated_at: c.updated_at,
  };
}

export function agentCardRoutes(deps: RouteDeps, { identity, federation }: GatewayClients): void {
  route(deps, {
    method: 'post',
    path: '/api/v1/agent-cards/',
    summary: 'Submit an agent card',
    description: 'For one of your agents. The card is checked against the A2A v1.0 shape (each offending field named in the 422) and every signature it carries must verify.',
    tags: ['Agent Cards'],
    auth: ['developer'],
    body: SubmitBody,
    responses: {
      201: { description: 'The card, active and searchable', schema: AgentCardReadSchema },
      403: { description: 'The agent is not yours' },
      404: { description: 'No such agent' },
      409: { description: 'The agent already has an active card, or the humanReadableId is taken' },
    },
    handler: async ({ principal, body }) => ({
      status: 201,
      body: cardRead(await identity.call('SubmitAgentCard', { developer_id: developerOf(principal), agent_did: body.agent_did, card_json: JSON.stringify(body.card_data) })),
    }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/agent-cards/',
    summary: 'List and search agent cards',
    description: 'Full-text search, filters, sort and pagination; updated_since and cursor page through changes for incremental sync.',
    tags: ['Agent Cards'],
    query: ListQuery,
    responses: { 200: { description: 'A page of cards', schema: AgentCardListSchema } },
    handler: async ({ req, query }) => {
      assertDecodableQuery(req.originalUrl);
      const offset = query.skip ?? query.offset;
      const registry = query.registry === 'local' ? undefined : query.registry;
      if (query.include_federated || registry) {
        // Local and peer results merged by the federation service, each with its registry and verdict.
        const merged = JSON.parse(
          (
            await federation.call('SearchAgents', {
              search: query.search ?? '',
              tags: query.tags ?? [],
              active_only: query.status !== 'all' && query.active_only !== false,
              include_federated: Boolean(query.include_federated),
              registry: registry ?? '',
              limit: query.limit,
              offset,
            })
          ).json,
        ) as { items: unknown[]; total: number; federation: unknown[] };
        return { body: { items: merged.items, total: merged.total, limit: query.limit, offset, pagination: { total_items: merged.total, limit: query.limit, offset }, federation: merged.federation } };
      }
      const status = query.status ?? (query.active_only === false ? 'all' : 'active');
      const page = await identity.call('ListAgentCards', {
        query: query.search ?? '',
        tags: query.tags ?? [],
        skills: query.skill ?? [],
        capabilities: query.capability ?? [],
        status,
        developer_id: query.developer_id ?? '',
        sort: query.sort ?? '',
        limit: query.limit,
        offset,
        updated_since: query.updated_since ?? '',
        cursor: query.cursor ?? '',
      });
      const items = page.items.map((c) => ({
        id: c.id,
        name: c.name,
        description: c.description || null,
        is_active: c.is_active,
        origin_registry_name: null,
        agent_did: c.agent_did,
        developer_id: c.developer_id || null,
        human_readable_id: c.human_readable_id || null,
        tags: c.tags,
        updated_at: c.updated_at,
        ...(query.include_card_data ? { card_data: cardData(c.card_json) } : {}),
      }));
      return {
        body: {
          items,
          total: page.total,
          total_is_exact: page.total_is_exact,
          limit: query.limit,
          offset,
          next_cursor: page.next_cursor || null,
          pagination: {
            total_items: page.total,
            limit: query.limit,
            offset,
            total_pages: Math.ceil(page.total / query.limit),
            current_page: Math.floor(offset / query.limit) + 1,
          },
        },
      };
    },
  });

  // Before /:card_id, which would take "by-hri" for a card id.
  route(deps, {
    method: 'get',
    path: '/api/v1/agent-cards/by-hri',
    summary: 'Get an agent card by its human-readable id (query parameter)',
    tags: ['Agent Cards'],
    query: HriQuery,
    responses: { 200: { description: 'The card', schema: AgentCardReadSchema }, 404: { description: 'No card has that id' } },
    handler: async ({ query }) => ({ body: cardRead(await identity.call('GetAgentCardByHri', { human_readable_id: query.hri })) }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/agent-cards/id/:human_readable_id',
    summary: 'Get an agent card by its human-readable id',
    description: 'The id looks like organization/agent: percent-encode the slash (acme%2Fweather).',
    tags: ['Agent Cards'],
    params: HriParams,
    responses: { 200: { description: 'The card', schema: AgentCardReadSchema }, 404: { description: 'No card has that id' } },
    handler: async ({ params }) => ({ body: cardRead(await identity.call('GetAgentCardByHri', { human_readable_id: params.human_readable_id })) }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/agent-cards/:card_id',
    summary: 'Get an agent card',
    tags: ['Agent Cards'],
    params: CardIdParams,
    responses: { 200: { description: 'The card', schema: AgentCardReadSchema }, 404: { description: 'No such card' } },
    handler: async ({ params }) => ({ body: cardRead(await identity.call('GetAgentCard', { id: params.card_id })) }),
  });

  route(deps, {
    method: 'put',
    path: '/api/v1/agent-cards/:card_id',
    summary: 'Update an agent card',
    description: 'Owner only. A new card_data is checked as on submit; is_active switches the card on or off.',
    tags: ['Agent Cards'],
    auth: ['developer'],
    params: CardIdParams,
    body: UpdateBody,
    responses: {
      200: { description: 'The card', schema: AgentCardReadSchema },
      403: { description: 'Not your card' },
      404: { description: 'No such card' },
      409: { description: 'The humanReadableId is taken' },
    },
    handler: async ({ principal, params, body }) => ({
      body: cardRead(
        await identity.call('UpdateAgentCard', {
          developer_id: developerOf(principal),
          id: params.card_id,
          card_json: body.card_data ? JSON.stringify(body.card_data) : '',
          set_active: typeof body.is_active === 'boolean',
          is_active: body.is_active ?? false,
        }),
      ),
    }),
  });

  route(deps, {
    method: 'delete',
    path: '/api/v1/agent-cards/:card_id',
    summary: 'Deactivate an agent card',
    description: 'Owner only; a soft delete: the card is no longer listed or served in A2A form.',
    tags: ['Agent Cards'],
    auth: ['developer'],
    params: CardIdParams,
    responses: { 204: { description: 'Deactivated' }, 403: { description: 'Not your card' }, 404: { description: 'No such card' } },
    handler: async ({ principal, params }) => {
      await identity.call('DeactivateAgentCard', { developer_id: developerOf(principal), id: params.card_id });
      return { status: 204 };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/utils/validate-card',
    summary: 'Check a card against the A2A v1.0 agent card shape',
    description: 'Always 200 for a JSON object: is_valid says whether it conforms, errors name each offending field.',
    tags: ['Utilities'],
    body: ValidateBody,
    responses: { 200: { description: 'The verdict', schema: ValidationSchema } },
    handler: async ({ body }) => {
      const result = await identity.call('ValidateAgentCard', { card_json: JSON.stringify(body.card_data) });
      return {
        body: {
          is_valid: result.is_valid,
          detail: result.detail || null,
          validated_card_data: result.validated_card_json ? cardData(result.validated_card_json) : null,
          errors: result.errors,
        },
      };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/agents/:did/agent-card.json',
    summary: "An agent's card in A2A form, countersigned by this registry",
    description:
      'The last entry of signatures is a detached JWS (EdDSA) over the JCS-canonical card without its signatures, made with the key of /.well-known/jwks.json that its kid names.',
    tags: ['Agents'],
    params: z.object({ did: z.string().min(1).max(300) }),
    responses: { 200: { description: 'The A2A agent card', schema: A2aCardSchema }, 404: { description: 'No active agent with a card in A2A form' } },
    handler: async ({ params }) => {
      const { card_json } = await identity.call('GetA2aAgentCard', { did: params.did });
      return { body: cardData(card_json), headers: { 'Cache-Control': 'public, max-age=60' } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/developers/:developer_id/agents/count',
    summary: 'The number of agents a developer has',
    description: "Sybil limits in the open: the developer's active and total agents, and the most active agents a developer may have.",
    tags: ['Developers'],
    params: z.object({ developer_id: z.string().regex(/^\d{1,18}$/, 'expected a developer id') }),
    responses: { 200: { description: 'The counts', schema: AgentCountSchema }, 404: { description: 'No such developer' } },
    handler: async ({ params }) => {
      const count = await identity.call('CountDeveloperAgents', { developer_id: params.developer_id });
      return { body: { developer_id: count.developer_id, active_agents: count.active, total_agents: count.total, max_active_agents: count.limit } };
    },
  });
}
