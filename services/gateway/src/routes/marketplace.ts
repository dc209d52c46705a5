import type { Listing__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/Listing';
import type { Settlement__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/Settlement';
import type { Usage__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/Usage';
import type { GatewayClients } from './clients.js';
import { Amount, AmountText, assertDecodableQuery, orNull, text, ZERO } from './common.js';
import { z } from '../http/openapi.js';
import { isAdmin, type Principal } from '../http/principal.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';

/**
 * The marketplace: providers' listings, discovery, the paying proxy, usage, settlements and
 * earnings. Prices are AVT; a paid call holds its price on the buyer's account, a settlement
 * posts those holds to the provider with the platform's commission to the treasury.
 */

const TAGS = ['Marketplace'];
/** Bodies under it are forwarded as the bytes the buyer sent. */
export const PROXY_PATH = '/api/v1/proxy';
/** Billing headers of a proxied answer (ours, documented in the OpenAPI description). */
export const BILLING_HEADERS = {
  usageId: 'X-AgentVault-Usage-Id',
  amount: 'X-AgentVault-Amount',
  freeTier: 'X-AgentVault-Free-Tier',
  latency: 'X-AgentVault-Latency-Ms',
} as const;
/** With a developer credential on the proxy and usage routes: which of the developer's agents pays. */
const AGENT_HEADER = 'x-agent-did';
/** Longest a proxied call may take end to end (the marketplace's own deadline is at most a minute). */
const PROXY_DEADLINE_MS = 70_000;
/** A payment posts one hold per settled call; one interrupted by this deadline is finished by paying again (or by the marketplace's recovery pass). */
const SETTLEMENT_DEADLINE_MS = 60_000;

const queryBool = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean().optional()).openapi({ type: 'boolean' });
const tagList = z
  .preprocess(
    (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => (typeof s === 'string' ? s.split(',').map((t) => t.trim()).filter(Boolean) : [s]))),
    z.array(z.string().max(50)).max(20).optional(),
  )
  .openapi({ type: 'array', items: { type: 'string' }, 'x-free-text': true, description: 'Services must carry every tag (comma-separated or repeated)' });
const priceQuery = z.string().max(64).regex(/^\d{1,20}(\.\d{1,18})?$/, 'expected a decimal such as 0.05').optional();

const PricingSchema = z
  .object({
    price_per_call: AmountText,
    currency: z.literal('AVT'),
    free_tier_calls: z.number().int().openapi({ description: 'Calls each buyer makes free of charge before paying' }),
  })
  .openapi('ServicePricing');

export const ServiceSchema = z
  .object({
    id: z.string().uuid(),
    provider_id: z.string().openapi({ description: "The provider agent's DID" }),
    name: z.string(),
    description: z.string(),
    endpoint: z.string().optional().openapi({ description: "The provider's URL: shown to its owner only (buyers call through the proxy)" }),
    pricing: PricingSchema,
    status: z.enum(['active', 'paused', 'removed']),
    category: z.string(),
    tags: z.array(z.string()),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('MarketplaceService');

const CreateServiceBody = z
  .object({
    agent_did: z.string().max(200).optional().openapi({ description: 'The provider agent, when a developer lists a service for one of its agents; an agent lists for itself' }),
    name: z.string().min(1).max(200),
    description: z.string().max(5000).optional(),
    endpoint: z.string().min(1).max(2048).openapi({ description: 'Public http(s) URL; calls go to endpoint + the path after the service id', example: 'https://api.example.com/v1' }),
    price_per_call: Amount,
    category: z.string().max(50).optional(),
    tags: z.array(z.string().max(50)).max(20).optional(),
    free_tier_calls: z.number().int().min(0).max(1_000_000).optional(),
  })
  .openapi('CreateMarketplaceService');

const UpdateServiceBody = z
  .object({
    name: z.string().min(1).max(200).optional(),
    description: z.string().max(5000).optional(),
    endpoint: z.string().min(1).max(2048).optional(),
    price_per_call: Amount.optional(),
    status: z.enum(['active', 'paused', 'removed']).optional(),
    category: z.string().max(50).optional(),
    tags: z.array(z.string().max(50)).max(20).optional(),
    free_tier_calls: z.number().int().min(0).max(1_000_000).optional(),
  })
  .openapi('UpdateMarketplaceService');

const ServiceParams = z.object({ service_id: z.string().uuid() });

const DiscoverQuery = PaginationQuery.extend({
  q: z.string().max(200).optional().openapi({ 'x-free-text': true, description: 'Full text over name and description (web-search syntax)' }),
  category: z.string().max(50).optional().openapi({ 'x-free-text': true }),
  tags: tagList,
  min_price: priceQuery,
  max_price: priceQuery,
  has_free_tier: queryBool,
  sort_by: z.enum(['created_at', 'price', 'name', 'rating']).default('created_at').openapi({ description: 'created_at: newest first; price: cheapest first; name; rating: the best rated by buyers first' }),
});

const ListServicesQuery = PaginationQuery.extend({
  query: z.string().max(200).optional().openapi({ 'x-free-text': true, description: 'Full text over name and description' }),
  category: z.string().max(50).optional().openapi({ 'x-free-text': true }),
  status: z.enum(['active', 'paused', 'removed']).default('active'),
  provider_id: z.string().max(200).optional().openapi({ 'x-free-text': true, description: "Only this provider agent's services" }),
});

const TrendingSchema = z
  .object({
    items: z.array(z.object({ service: ServiceSchema, call_count: z.number().int(), avg_latency_ms: z.number() })),
    count: z.number().int(),
  })
  .openapi('TrendingServices');
const TrendingQuery = z.object({
  hours: z.preprocess((v) => (typeof v === 'string' && /^\d{1,4}$/.test(v) ? Number(v) : v), z.number().int().min(1).max(2160)).default(24).openapi({ description: 'The window, in hours (default a day)' }),
  limit: z.preprocess((v) => (typeof v === 'string' && /^\d{1,3}$/.test(v) ? Number(v) : v), z.number().int().min(1).max(100)).default(10),
});

const CategorySchema = z.object({ category: z.string(), count: z.number().int() }).openapi('ServiceCategory');

const ProxyParams = z.object({
  service_id: z.string().uuid(),
  path: z.string().max(2048).optional().openapi({ description: "Appended to the provider's endpoint" }),
});

const UsageSummarySchema = z
  .object({
    buyer_id: z.string(),
    total_calls: z.number().int(),
    paid_calls: z.number().int(),
    free_calls: z.number().int(),
    failed_calls: z.number().int().openapi({ description: 'Provider unreachable, timed out or answered 5xx: not charged' }),
    total_spent: AmountText,
    avg_latency_ms: z.number(),
  })
  .openapi('MarketplaceUsageSummary');

const UsageSchema = z
  .object({
    id: z.string(),
    service_id: z.string(),
    buyer_id: z.string(),
    provider_id: z.string(),
    status: z.enum(['in_flight', 'completed', 'failed']),
    free_tier: z.boolean(),
    amount: AmountText.openapi({ description: 'Charged: 0 when free or failed' }),
    response_status: z.number().int().nullable(),
    latency_ms: z.number().int().nullable(),
    error: z.string().nullable(),
    created_at: z.string(),
    finished_at: z.string().nullable(),
  })
  .openapi('MarketplaceUsage');

const AgentQuery = z.object({
  agent_did: z.string().max(200).optional().openapi({ 'x-free-text': true, description: 'With a developer credential: which of your agents' }),
});

export const SettlementSchema = z
  .object({
    id: z.string(),
    provider_id: z.string(),
    period_start: z.string(),
    period_end: z.string(),
    total_amount: AmountText.openapi({ description: 'What buyers were charged for the calls of the period' }),
    platform_fee: AmountText.openapi({ description: 'The commission, to the treasury' }),
    net_amount: AmountText.openapi({ description: 'What the provider receives' }),
    call_count: z.number().int(),
    status: z.enum(['pending', 'processing', 'completed']),
    payment_tx: z.string().nullable().openapi({ description: 'The first ledger transaction of the payment (one per settled call: see transaction_ids)' }),
    transaction_ids: z.array(z.string()),
    created_at: z.string(),
    paid_at: z.string().nullable(),
  })
  .openapi('Settlement');

const CreateSettlementBody = z
  .object({
    provider_id: z.string().min(1).max(200).openapi({ description: "The provider agent's DID" }),
    period_start: z.string().min(1).max(64).openapi({ example: '2026-03-01T00:00:00Z' }),
    period_end: z.string().min(1).max(64).openapi({ description: 'Must be in the past: calls that ended in [period_start, period_end) are settled', example: '2026-04-01T00:00:00Z' }),
  })
  .openapi('CreateSettlement');

const SettlementParams = z.object({ settlement_id: z.string().uuid() });
const SettlementsQuery = PaginationQuery.extend({
  provider_id: z.string().max(200).optional().openapi({ 'x-free-text': true }),
  status: z.enum(['pending', 'processing', 'completed']).optional(),
});

const EarningsSchema = z
  .object({
    provider_id: z.string(),
    paid_calls: z.number().int(),
    gross: AmountText.openapi({ description: 'Charged to buyers' }),
    commission: AmountText,
    settled: AmountText.openapi({ description: 'Net, paid by completed settlements' }),
    pending: AmountText.openapi({ description: 'Net, charged but not paid yet' }),
    settlements: z.array(SettlementSchema).openapi({ description: 'The latest settlements, newest first (at most 20)' }),
  })
  .openapi('ProviderEarnings');

const ServiceStatsSchema = z.object({
  total_calls: z.number().int(),
  total_revenue: AmountText.openapi({ description: 'Charged to buyers, before the commission' }),
  avg_latency_ms: z.number(),
  rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
  last_called: z.string().nullable(),
});

const AnalyticsSchema = z
  .object({
    service_id: z.string(),
    calls: z.number().int(),
    paid_calls: z.number().int(),
    free_calls: z.number().int(),
    errors: z.number().int().openapi({ description: 'Unreachable, timed out or answered 5xx' }),
    error_rate: z.number(),
    revenue: AmountText.openapi({ description: 'Charged to buyers, before the commission' }),
    latency_p50_ms: z.number(),
    latency_p95_ms: z.number(),
    latency_p99_ms: z.number(),
    by_day: z.array(z.object({ day: z.string(), calls: z.number().int(), errors: z.number().int(), revenue: AmountText, avg_latency_ms: z.number() })),
    service_name: z.string(),
    unique_buyers: z.number().int(),
    success_rate: z.number().openapi({ description: 'Percent of the calls answered below 500' }),
    avg_latency_ms: z.number(),
    first_call: z.string().nullable(),
    last_call: z.string().nullable(),
  })
  .openapi('MarketplaceServiceAnalytics');

const AnalyticsQuery = z.object({
  days: z.preprocess((v) => (typeof v === 'string' && /^\d{1,3}$/.test(v) ? Number(v) : v), z.number().int().min(1).max(90)).default(30).openapi({ description: 'The last N days, today included (1 to 90)' }),
});

const PlatformStatsSchema = z
  .object({
    services: z.object({ active: z.number().int(), paused: z.number().int(), removed: z.number().int() }),
    calls: z.number().int(),
    paid_calls: z.number().int(),
    failed_calls: z.number().int(),
    buyers: z.number().int(),
    gross: AmountText.openapi({ description: 'Charged to buyers' }),
    commission: AmountText.openapi({ description: 'The platform commission within gross (to the treasury at settlement)' }),
    settled: AmountText.openapi({ description: 'Paid to providers by completed settlements (net)' }),
    providers: z
      .array(z.object({ provider_id: z.string(), paid_calls: z.number().int(), gross: AmountText, commission: AmountText }))
      .openapi({ description: 'Commission per provider, the largest 20 by gross' }),
  })
  .openapi('MarketplacePlatformStats');

export function actorOf(principal: Principal | undefined) {
  if (principal?.tier === 'agent') return { agent_did: principal.agentDid, developer_id: '', admin: false };
  if (principal?.tier === 'developer') return { agent_did: '', developer_id: principal.developerId, admin: isAdmin(principal) };
  return { agent_did: '', developer_id: '', admin: false };
}

export function serviceJson(s: Listing__Output, owner = false) {
  return {
    id: s.id,
    provider_id: s.provider_did,
    name: s.name,
    description: s.description,
    ...(owner ? { endpoint: s.endpoint } : {}),
    pricing: { price_per_call: s.price_per_call, currency: 'AVT' as const, free_tier_calls: s.free_tier_calls },
    status: s.status as 'active' | 'paused' | 'removed',
    category: s.category,
    tags: s.tags ?? [],
    created_at: s.created_at,
    updated_at: s.updated_at,
  };
}

function usageJson(u: Usage__Output) {
  return {
    id: u.id,
    service_id: u.service_id,
    buyer_id: u.buyer_did,
    provider_id: u.provider_did,
    status: u.status as 'in_flight' | 'completed' | 'failed',
    free_tier: u.free_tier,
    amount: u.amount,
    response_status: u.response_status || null,
    latency_ms: u.status === 'in_flight' ? null : u.latency_ms,
    error: orNull(u.error),
    created_at: u.created_at,
    finished_at: orNull(u.finished_at),
  };
}

export function settlementJson(s: Settlement__Output) {
  const ids = s.transaction_ids ?? [];
  return {
    id: s.id,
    provider_id: s.provider_did,
    period_start: s.period_start,
    period_end: s.period_end,
    total_amount: s.total_amount,
    platform_fee: s.platform_fee,
    net_amount: s.net_amount,
    call_count: s.call_count,
    status: s.status as 'pending' | 'processing' | 'completed',
    payment_tx: ids[0] ?? null,
    transaction_ids: ids,
    created_at: s.created_at,
    paid_at: orNull(s.paid_at),
  };
}

const PROXY_DESCRIPTION =
  'Forwards the request (method, the path after the service id, query, body, Content-Type and Accept) to the provider\'s endpoint. ' +
  'The buyer is the calling agent, or with a developer credential the agent named by X-Agent-DID. The buyer\'s free calls are used first; ' +
  'after them each call holds the price (plus the ledger\'s transfer fee) on the buyer\'s account, charged once when the provider answers below 500 ' +
  'and given back otherwise. The answer is the provider\'s, with billing headers: ' +
  `${BILLING_HEADERS.usageId} (the usage record), ${BILLING_HEADERS.amount} (AVT charged, 18 decimals), ${BILLING_HEADERS.freeTier} ("true" for a free call) ` +
  `and ${BILLING_HEADERS.latency} (the provider's round trip). Provider unreachable: 502; no answer within the deadline: 504; neither is charged.`;

export function marketplaceRoutes(deps: RouteDeps, { marketplace }: GatewayClients): void {
  route(deps, {
    method: 'post',
    path: '/api/v1/services',
    summary: 'List a service on the marketplace',
    description: 'An agent lists a service of its own; a developer lists one for one of its agents (agent_did). The endpoint must be a public http(s) URL.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    body: CreateServiceBody,
    responses: { 201: { description: 'Listed', schema: ServiceSchema } },
    handler: async ({ body, principal }) => {
      const listing = await marketplace.call('CreateListing', {
        actor: actorOf(principal), provider_did: body.agent_did ?? '', name: body.name, description: body.description ?? '', endpoint: body.endpoint,
        price_per_call: text(body.price_per_call), category: body.category ?? '', tags: body.tags ?? [], free_tier_calls: body.free_tier_calls ?? 0,
      });
      return { status: 201, body: serviceJson(listing, true) };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/services',
    summary: 'List services',
    tags: TAGS,
    query: ListServicesQuery,
    responses: { 200: { description: 'A page of services', schema: pageEnvelope(ServiceSchema, 'MarketplaceServicePage') } },
    handler: async ({ req, query }) => {
      assertDecodableQuery(req.originalUrl);
      const found = await marketplace.call('Discover', {
        query: query.query ?? '', category: query.category ?? '', status: query.status, provider_did: query.provider_id ?? '', sort_by: 'created_at',
        limit: query.limit, offset: query.offset,
      });
      return { body: { items: (found.items ?? []).map((s) => serviceJson(s)), total: found.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/services/:service_id',
    summary: 'One service',
    tags: TAGS,
    params: ServiceParams,
    responses: { 200: { description: 'The service', schema: ServiceSchema } },
    handler: async ({ params }) => ({ body: serviceJson(await marketplace.call('GetListing', { service_id: params.service_id })) }),
  });

  route(deps, {
    method: 'patch',
    path: '/api/v1/services/:service_id',
    summary: 'Change a service (its provider only)',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: ServiceParams,
    body: UpdateServiceBody,
    responses: { 200: { description: 'The service as changed', schema: ServiceSchema } },
    handler: async ({ params, body, principal }) => {
      const listing = await marketplace.call('UpdateListing', {
        actor: actorOf(principal), service_id: params.service_id, name: body.name, description: body.description, endpoint: body.endpoint,
        price_per_call: body.price_per_call === undefined ? undefined : text(body.price_per_call), category: body.category,
        tags: body.tags ?? [], set_tags: body.tags !== undefined, free_tier_calls: body.free_tier_calls, status: body.status,
      });
      return { body: serviceJson(listing, true) };
    },
  });

  route(deps, {
    method: 'delete',
    path: '/api/v1/services/:service_id',
    summary: 'Remove a service (soft delete; its provider only)',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: ServiceParams,
    responses: { 200: { description: 'Removed', schema: z.object({ id: z.string(), status: z.literal('removed') }).openapi('RemovedService') } },
    handler: async ({ params, principal }) => {
      const listing = await marketplace.call('RemoveListing', { service_id: params.service_id, actor: actorOf(principal) });
      return { body: { id: listing.id, status: 'removed' as const } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/discover',
    summary: 'Discover services',
    description: 'Active services by full-text query, category, tags (all of them), price range and free tier, sorted newest first, by price or by name.',
    tags: TAGS,
    query: DiscoverQuery,
    responses: { 200: { description: 'A page of services', schema: pageEnvelope(ServiceSchema, 'MarketplaceDiscoverPage') } },
    handler: async ({ req, query }) => {
      assertDecodableQuery(req.originalUrl);
      const found = await marketplace.call('Discover', {
        query: query.q ?? '', category: query.category ?? '', tags: query.tags ?? [], min_price: query.min_price ?? '', max_price: query.max_price ?? '',
        has_free_tier: query.has_free_tier, sort_by: query.sort_by, status: 'active', limit: query.limit, offset: query.offset,
      });
      return { body: { items: (found.items ?? []).map((s) => serviceJson(s)), total: found.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/discover/categories',
    summary: 'Categories of active services, with counts',
    tags: TAGS,
    query: PaginationQuery,
    responses: { 200: { description: 'Categories, the largest first', schema: pageEnvelope(CategorySchema, 'ServiceCategoryPage') } },
    handler: async ({ query }) => {
      const { items = [] } = await marketplace.call('ListCategories', {});
      return { body: { items: items.slice(query.offset, query.offset + query.limit), total: items.length, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/discover/trending',
    summary: 'Trending services: the most called in a window, with their average latency',
    tags: TAGS,
    query: TrendingQuery,
    responses: { 200: { description: 'The busiest active services first', schema: TrendingSchema } },
    handler: async ({ query }) => {
      const { items = [] } = await marketplace.call('ListTrending', { hours: query.hours, limit: query.limit });
      const trending = items.filter((t) => t.service).map((t) => ({ service: serviceJson(t.service!), call_count: t.call_count, avg_latency_ms: t.avg_latency_ms }));
      return { body: { items: trending, count: trending.length } };
    },
  });

  for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
    route(deps, {
      method,
      path: '/api/v1/proxy/:service_id{/*path}',
      docPath: '/api/v1/proxy/{service_id}/{path}',
      summary: `Call a service through the paying proxy (${method.toUpperCase()})`,
      description: PROXY_DESCRIPTION,
      tags: TAGS,
      auth: ['agent', 'developer'],
      params: ProxyParams,
      responses: {
        200: { description: "The provider's answer (whatever status it gave), with the billing headers" },
        502: { description: 'The provider could not be reached; nothing was charged' },
        504: { description: 'The provider did not answer in time; nothing was charged' },
      },
      handler: async ({ req, params, principal }) => {
        const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
        const headers: { name: string; value: string }[] = [];
        // Not Content-Encoding: the body parser has already inflated what the buyer sent.
        for (const name of ['content-type', 'accept', 'accept-language', 'if-none-match', 'if-match', 'user-agent']) {
          const value = req.get(name);
          if (value) headers.push({ name, value });
        }
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const answer = await marketplace.call(
          'CallService',
          { service_id: params.service_id, buyer: actorOf(principal), buyer_did: req.get(AGENT_HEADER) ?? '', method: req.method, path: params.path ?? '', query, headers, body },
          { deadlineMs: PROXY_DEADLINE_MS },
        );
        const out: Record<string, string> = {};
        for (const h of answer.headers ?? []) out[h.name] = out[h.name] ? `${out[h.name]}, ${h.value}` : h.value;
        // The provider's content is served from our origin: never let a browser run it as ours.
        out['Content-Security-Policy'] = 'sandbox; default-src \'none\'';
        out['X-Content-Type-Options'] = 'nosniff';
        out[BILLING_HEADERS.usageId] = answer.usage_id;
        out[BILLING_HEADERS.amount] = answer.amount;
        out[BILLING_HEADERS.freeTier] = String(answer.free_tier);
        out[BILLING_HEADERS.latency] = String(answer.latency_ms);
        return { status: answer.status, headers: out, raw: Buffer.from(answer.body ?? []) };
      },
    });
  }

  route(deps, {
    method: 'get',
    path: '/api/v1/usage/me',
    summary: "The buyer's marketplace usage",
    description: 'The calling agent, or with a developer credential the agent named by agent_did.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    query: AgentQuery,
    responses: { 200: { description: 'Totals', schema: UsageSummarySchema } },
    handler: async ({ query, principal }) => {
      const s = await marketplace.call('GetBuyerUsage', { actor: actorOf(principal), buyer_did: query.agent_did ?? '' });
      return {
        body: {
          buyer_id: s.buyer_did, total_calls: s.total_calls, paid_calls: s.paid_calls, free_calls: s.free_calls, failed_calls: s.failed_calls,
          total_spent: s.total_spent, avg_latency_ms: s.avg_latency_ms,
        },
      };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/usage/me/calls',
    summary: "The buyer's proxied calls, newest first",
    tags: TAGS,
    auth: ['agent', 'developer'],
    query: PaginationQuery.merge(AgentQuery).extend({ service_id: z.string().uuid().optional() }),
    responses: { 200: { description: 'A page of calls', schema: pageEnvelope(UsageSchema, 'MarketplaceUsagePage') } },
    handler: async ({ query, principal }) => {
      const found = await marketplace.call('ListUsage', {
        buyer: { actor: actorOf(principal), buyer_did: query.agent_did ?? '' }, service_id: query.service_id ?? '', limit: query.limit, offset: query.offset,
      });
      return { body: { items: (found.items ?? []).map(usageJson), total: found.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/settlements',
    summary: "Settle a provider's earnings for a period (admin)",
    description: 'Takes every charged call of the provider that ended in the period and is not settled yet; the same provider and period answer the same settlement.',
    tags: TAGS,
    auth: ['developer'],
    admin: true,
    body: CreateSettlementBody,
    responses: { 201: { description: 'The settlement, pending payment', schema: SettlementSchema } },
    handler: async ({ body }) => {
      const s = await marketplace.call('CreateSettlement', { provider_did: body.provider_id, period_start: body.period_start, period_end: body.period_end });
      return { status: 201, body: settlementJson(s) };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/settlements',
    summary: 'Settlements',
    description: 'An admin sees all; an agent its own; a developer those of the agent named by provider_id.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    query: SettlementsQuery,
    responses: { 200: { description: 'A page of settlements', schema: pageEnvelope(SettlementSchema, 'SettlementPage') } },
    handler: async ({ query, principal }) => {
      const found = await marketplace.call('ListSettlements', {
        actor: actorOf(principal), provider_did: query.provider_id ?? '', status: query.status ?? '', limit: query.limit, offset: query.offset,
      });
      return { body: { items: (found.items ?? []).map(settlementJson), total: found.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'patch',
    path: '/api/v1/settlements/:settlement_id/pay',
    summary: 'Pay a settlement through the ledger (admin)',
    description: "Posts each settled call's hold to the provider, the commission to the treasury in the same movement. Paying again answers the same payment.",
    tags: TAGS,
    auth: ['developer'],
    admin: true,
    params: SettlementParams,
    responses: { 200: { description: 'The settlement, completed', schema: SettlementSchema } },
    handler: async ({ params }) => ({
      body: settlementJson(await marketplace.call('PaySettlement', { settlement_id: params.settlement_id }, { deadlineMs: SETTLEMENT_DEADLINE_MS })),
    }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/provider/earnings',
    summary: "A provider's earnings",
    description: 'The calling agent, or with a developer credential the agent named by agent_did.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    query: AgentQuery,
    responses: { 200: { description: 'Earnings', schema: EarningsSchema } },
    handler: async ({ query, principal }) => {
      const e = await marketplace.call('GetProviderEarnings', { actor: actorOf(principal), provider_did: query.agent_did ?? '' });
      const history = await marketplace.call('ListSettlements', { actor: actorOf(principal), provider_did: e.provider_did, status: '', limit: 20, offset: 0 });
      return {
        body: {
          provider_id: e.provider_did, paid_calls: e.paid_calls, gross: e.gross, commission: e.commission, settled: e.settled, pending: e.pending,
          settlements: (history.items ?? []).map(settlementJson),
        },
      };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/provider/services',
    summary: "A provider's services, in every status, with their endpoints and usage",
    description: 'The calling agent, or with a developer credential the agent named by agent_did.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    query: PaginationQuery.merge(AgentQuery),
    responses: { 200: { description: 'A page of services', schema: pageEnvelope(ServiceSchema.extend({ stats: ServiceStatsSchema }), 'ProviderServicePage') } },
    handler: async ({ query, principal }) => {
      const provider = { actor: actorOf(principal), provider_did: query.agent_did ?? '' };
      const [found, stats] = await Promise.all([
        marketplace.call('ListProviderListings', { provider, limit: query.limit, offset: query.offset }),
        marketplace.call('ListProviderServiceStats', provider),
      ]);
      const byService = new Map((stats.items ?? []).map((x) => [x.service_id, x]));
      const statsOf = (id: string) => {
        const x = byService.get(id);
        return {
          total_calls: x?.total_calls ?? 0, total_revenue: x?.revenue ?? ZERO, avg_latency_ms: x?.avg_latency_ms ?? 0,
          rating: { average: x?.rating_count ? x.rating_average : null, count: x?.rating_count ?? 0 }, last_called: orNull(x?.last_called),
        };
      };
      return { body: { items: (found.items ?? []).map((s) => ({ ...serviceJson(s, true), stats: statsOf(s.id) })), total: found.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/provider/services/:service_id/analytics',
    summary: "One service's calls, revenue, errors and latency (its provider only)",
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: ServiceParams,
    query: AnalyticsQuery,
    responses: { 200: { description: 'Analytics over the period', schema: AnalyticsSchema } },
    handler: async ({ params, query, principal }) => {
      const a = await marketplace.call('GetListingAnalytics', { actor: actorOf(principal), service_id: params.service_id, days: query.days });
      return {
        body: {
          service_id: a.service_id, calls: a.calls, paid_calls: a.paid_calls, free_calls: a.free_calls, errors: a.errors, error_rate: a.error_rate,
          revenue: a.revenue, latency_p50_ms: a.latency_p50_ms, latency_p95_ms: a.latency_p95_ms, latency_p99_ms: a.latency_p99_ms,
          by_day: (a.by_day ?? []).map((d) => ({ day: d.day, calls: d.calls, errors: d.errors, revenue: d.revenue, avg_latency_ms: d.avg_latency_ms })),
          service_name: a.service_name, unique_buyers: a.unique_buyers, success_rate: a.success_rate, avg_latency_ms: a.avg_latency_ms,
          first_call: orNull(a.first_call), last_call: orNull(a.last_call),
        },
      };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/admin/marketplace/stats',
    summary: "The marketplace's totals and the commission per provider (admin)",
    tags: TAGS,
    auth: ['developer'],
    admin: true,
    responses: { 200: { description: 'Totals', schema: PlatformStatsSchema } },
    handler: async () => {
      const p = await marketplace.call('GetPlatformStats', {});
      return {
        body: {
          services: { active: p.active_services, paused: p.paused_services, removed: p.removed_services },
          calls: p.calls, paid_calls: p.paid_calls, failed_calls: p.failed_calls, buyers: p.buyers,
          gross: p.gross, commission: p.commission, settled: p.settled,
          providers: (p.providers ?? []).map((x) => ({ provider_id: x.provider_did, paid_calls: x.paid_calls, gross: x.gross, commission: x.commission })),
        },
      };
    },
  });
}
