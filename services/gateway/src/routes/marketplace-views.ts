import type { ServiceReputation__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/ServiceReputation';
import type { ServiceRating__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/ServiceRating';
import type { GatewayClients } from './clients.js';
import { Amount, AmountText, orNull, text } from './common.js';
import { actorOf, serviceJson, ServiceSchema, settlementJson, SettlementSchema } from './marketplace.js';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';

/**
 * The marketplace's views: service reputation and buyers' ratings, the leaderboard,
 * recommendations, service templates, the settlement trigger, the provider portal's dashboard and
 * endpoint test, and the admin analytics. Amounts are AVT strings with 18 decimals.
 */

const TAGS = ['Marketplace'];
const ADMIN_TAGS = ['Marketplace Admin'];
/** A settlement pass pays one hold per settled call. */
const SETTLEMENT_DEADLINE_MS = 60_000;

const queryInt = (min: number, max: number, fallback: number, description?: string) =>
  z
    .preprocess((v) => (typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : v), z.number().int().min(min).max(max))
    .default(fallback)
    .openapi({ description });

const ServiceParams = z.object({ service_id: z.string().uuid() });
const AgentQuery = z.object({
  agent_did: z.string().max(200).optional().openapi({ 'x-free-text': true, description: 'With a developer credential: which of your agents' }),
});

const RatingSchema = z
  .object({ service_id: z.string(), buyer_id: z.string(), rating: z.number().int(), comment: z.string(), created_at: z.string(), updated_at: z.string() })
  .openapi('ServiceRating');
const RateBody = z
  .object({
    rating: z.number().int().min(1).max(5).openapi({ description: '1 (worst) to 5 (best)' }),
    comment: z.string().max(1000).optional(),
    agent_did: z.string().max(200).optional().openapi({ description: 'With a developer credential: which of your agents rates' }),
  })
  .openapi('RateService');

const ReputationSchema = z
  .object({
    service_id: z.string(),
    provider_id: z.string(),
    period: z.string().openapi({ description: '"all-time" or "<N>d"' }),
    call_count: z.number().int().openapi({ description: 'Finished calls' }),
    success_count: z.number().int().openapi({ description: 'Answered below 500' }),
    success_rate: z.number().openapi({ description: 'Percent' }),
    avg_latency_ms: z.number(),
    latency_p95_ms: z.number(),
    rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
    overall_score: z.number().openapi({ description: '0 to 10: latency 30%, reliability 40%, ratings 30% (unrated: the first two alone)' }),
    latency_score: z.number(),
    reliability_score: z.number(),
    rating_score: z.number().nullable(),
  })
  .openapi('ServiceReputation');

function reputationJson(r: ServiceReputation__Output) {
  return {
    service_id: r.service_id, provider_id: r.provider_did, period: r.days ? `${r.days}d` : 'all-time', call_count: r.calls, success_count: r.successes,
    success_rate: r.success_rate, avg_latency_ms: r.avg_latency_ms, latency_p95_ms: r.latency_p95_ms,
    rating: { average: r.rating_count ? r.rating_average : null, count: r.rating_count }, overall_score: r.score, latency_score: r.latency_score,
    reliability_score: r.reliability_score, rating_score: r.rating_count ? r.rating_score : null,
  };
}

const ratingJson = (r: ServiceRating__Output) => ({
  service_id: r.service_id, buyer_id: r.buyer_did, rating: r.rating, comment: r.comment, created_at: r.created_at, updated_at: r.updated_at,
});

const TemplateSchema = z
  .object({ name: z.string(), description: z.string(), category: z.string(), tags: z.array(z.string()), price_per_call: AmountText, free_tier_calls: z.number().int() })
  .openapi('ServiceTemplate');
const FromTemplateBody = z
  .object({
    template: z.string().min(1).max(100),
    agent_did: z.string().max(200).optional().openapi({ description: 'The provider agent, when a developer lists for one of its agents' }),
    name: z.string().min(1).max(200),
    endpoint: z.string().min(1).max(2048),
    description: z.string().max(5000).optional(),
    price_per_call: Amount.optional(),
    category: z.string().max(50).optional(),
    tags: z.array(z.string().max(50)).max(20).optional(),
    free_tier_calls: z.number().int().min(0).max(1_000_000).optional(),
  })
  .openapi('CreateServiceFromTemplate');

const DashboardSchema = z
  .object({
    provider_id: z.string(),
    total_services: z.number().int().openapi({ description: 'Not removed' }),
    active_services: z.number().int(),
    total_calls: z.number().int(),
    paid_calls: z.number().int(),
    failed_calls: z.number().int(),
    unique_buyers: z.number().int(),
    total_revenue: AmountText.openapi({ description: 'Charged to buyers, before the commission' }),
    commission: AmountText,
    total_settled: AmountText.openapi({ description: 'Net, paid by completed settlements' }),
    pending_settlement: AmountText.openapi({ description: 'Net, charged and not paid yet' }),
    settlements: z.number().int(),
    avg_latency_ms: z.number(),
    rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
  })
  .openapi('ProviderDashboard');

const EndpointTestSchema = z
  .object({ service_id: z.string(), endpoint: z.string(), reachable: z.boolean(), latency_ms: z.number().int(), status_code: z.number().int(), error: z.string() })
  .openapi('EndpointTest');

const Days = (max: number, fallback: number) => z.object({ days: queryInt(1, max, fallback, `Look back this many days (1 to ${max})`) });

export function marketplaceViewRoutes(deps: RouteDeps, { marketplace }: GatewayClients): void {
  // --- reputation ---
  route(deps, {
    method: 'put',
    path: '/api/v1/services/:service_id/rating',
    summary: 'Rate a service you used (one rating per buyer; rating again replaces it)',
    description: 'The buyer is the calling agent, or with a developer credential the agent named by agent_did. It needs one completed call of the service.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: ServiceParams,
    body: RateBody,
    responses: { 200: { description: 'The rating', schema: RatingSchema }, 403: { description: 'Never used the service, or its provider' } },
    handler: async ({ params, body, principal }) => ({
      body: ratingJson(await marketplace.call('RateService', {
        actor: actorOf(principal), service_id: params.service_id, buyer_did: body.agent_did ?? '', rating: body.rating, comment: body.comment ?? '',
      })),
    }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/services/:service_id/ratings',
    summary: "A service's ratings, the latest first",
    tags: TAGS,
    params: ServiceParams,
    query: PaginationQuery,
    responses: { 200: { description: 'A page of ratings', schema: pageEnvelope(RatingSchema, 'ServiceRatingPage') } },
    handler: async ({ params, query }) => {
      const found = await marketplace.call('ListServiceRatings', { service_id: params.service_id, limit: query.limit, offset: query.offset });
      return { body: { items: (found.items ?? []).map(ratingJson), total: found.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/services/:service_id/reputation',
    summary: "A service's reputation: success rate, latency, buyers' ratings and the overall score",
    tags: TAGS,
    params: ServiceParams,
    query: z.object({ days: queryInt(0, 365, 0, 'The last N days; 0 (default): all time') }),
    responses: { 200: { description: 'Reputation', schema: ReputationSchema } },
    handler: async ({ params, query }) => ({ body: reputationJson(await marketplace.call('GetServiceReputation', { service_id: params.service_id, days: query.days })) }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/reputation/leaderboard',
    summary: 'Active services ranked by reputation',
    tags: TAGS,
    query: z.object({
      limit: queryInt(1, 100, 20),
      category: z.string().max(50).optional().openapi({ 'x-free-text': true }),
      min_calls: queryInt(1, 1_000_000, 1, 'Only services with at least this many finished calls'),
    }),
    responses: {
      200: {
        description: 'The best first',
        schema: z
          .object({ leaderboard: z.array(z.object({ rank: z.number().int(), service: ServiceSchema, reputation: ReputationSchema })), count: z.number().int() })
          .openapi('ServiceLeaderboard'),
      },
    },
    handler: async ({ query }) => {
      const { items = [] } = await marketplace.call('GetLeaderboard', { limit: query.limit, category: query.category ?? '', min_calls: query.min_calls });
      const leaderboard = items
        .filter((e) => e.service && e.reputation)
        .map((e, i) => ({ rank: i + 1, service: serviceJson(e.service!), reputation: reputationJson(e.reputation!) }));
      return { body: { leaderboard, count: leaderboard.length } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/discover/recommendations/:agent_did',
    summary: "Services for an agent: in the categories it uses most, that it has not used yet",
    description: 'For the agent itself or its developer (what an agent buys is not public).',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: z.object({ agent_did: z.string().min(1).max(200) }),
    query: z.object({ limit: queryInt(1, 50, 5) }),
    responses: {
      200: {
        description: 'Recommendations, the best first',
        schema: z
          .object({ recommendations: z.array(ServiceSchema.extend({ reason: z.object({ category: z.string(), category_calls: z.number().int() }) })), count: z.number().int() })
          .openapi('ServiceRecommendations'),
      },
    },
    handler: async ({ params, query, principal }) => {
      const { items = [] } = await marketplace.call('Recommend', { actor: actorOf(principal), agent_did: params.agent_did, limit: query.limit });
      const recommendations = items.filter((r) => r.service).map((r) => ({ ...serviceJson(r.service!), reason: { category: r.category, category_calls: r.category_calls } }));
      return { body: { recommendations, count: recommendations.length } };
    },
  });

  // --- templates ---
  route(deps, {
    method: 'get',
    path: '/api/v1/templates/services',
    summary: 'Service templates to start a listing from',
    description: 'List a service from one with POST /api/v1/services/from-template.',
    tags: TAGS,
    responses: { 200: { description: 'Templates', schema: z.object({ templates: z.array(TemplateSchema) }).openapi('ServiceTemplateList') } },
    handler: async () => ({ body: { templates: (await marketplace.call('ListServiceTemplates', {})).items ?? [] } }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/templates/services/:name',
    summary: 'One service template',
    tags: TAGS,
    params: z.object({ name: z.string().min(1).max(100) }),
    responses: { 200: { description: 'The template', schema: TemplateSchema } },
    handler: async ({ params }) => ({ body: await marketplace.call('GetServiceTemplate', { name: params.name }) }),
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/services/from-template',
    summary: 'List a service from a template',
    description: "The template gives the description, category, tags, price and free tier; whichever of them is given here wins. Name and endpoint are the provider's.",
    tags: TAGS,
    auth: ['agent', 'developer'],
    body: FromTemplateBody,
    responses: { 201: { description: 'Listed', schema: ServiceSchema } },
    handler: async ({ body, principal }) => {
      const listing = await marketplace.call('CreateListingFromTemplate', {
        actor: actorOf(principal), template: body.template, provider_did: body.agent_did ?? '', name: body.name, endpoint: body.endpoint,
        description: body.description ?? '', price_per_call: text(body.price_per_call), category: body.category ?? '', tags: body.tags ?? [],
        set_tags: body.tags !== undefined, free_tier_calls: body.free_tier_calls,
      });
      return { status: 201, body: serviceJson(listing, true) };
    },
  });

  // --- settlements ---
  route(deps, {
    method: 'post',
    path: '/api/v1/admin/settlements/run',
    summary: 'Settle and pay every closed period now (admin)',
    description:
      "What the settlement worker does on its schedule: one settlement per provider and closed period with charged calls (the same provider and period answer the same settlement), each paid once through the ledger, the commission to the treasury in the same movement; settlements left pending are paid too.",
    tags: ADMIN_TAGS,
    auth: ['developer'],
    admin: true,
    responses: {
      200: {
        description: 'The settlements this pass created or paid',
        schema: z.object({ settlements: z.array(SettlementSchema), count: z.number().int(), period_ms: z.number().int() }).openapi('SettlementRun'),
      },
    },
    handler: async () => {
      const r = await marketplace.call('RunSettlements', {}, { deadlineMs: SETTLEMENT_DEADLINE_MS });
      const settlements = (r.settlements ?? []).map(settlementJson);
      return { body: { settlements, count: settlements.length, period_ms: Number(r.period_ms) } };
    },
  });

  // --- provider portal ---
  route(deps, {
    method: 'get',
    path: '/api/v1/provider/dashboard',
    summary: "A provider's overview: services, calls, revenue, settlements, ratings",
    description: 'The calling agent, or with a developer credential the agent named by agent_did.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    query: AgentQuery,
    responses: { 200: { description: 'Overview', schema: DashboardSchema } },
    handler: async ({ query, principal }) => {
      const d = await marketplace.call('GetProviderDashboard', { actor: actorOf(principal), provider_did: query.agent_did ?? '' });
      return {
        body: {
          provider_id: d.provider_did, total_services: d.total_services, active_services: d.active_services, total_calls: d.total_calls, paid_calls: d.paid_calls,
          failed_calls: d.failed_calls, unique_buyers: d.unique_buyers, total_revenue: d.gross, commission: d.commission, total_settled: d.settled,
          pending_settlement: d.pending, settlements: d.settlements, avg_latency_ms: d.avg_latency_ms,
          rating: { average: d.rating_count ? d.rating_average : null, count: d.rating_count },
        },
      };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/provider/services/:service_id/test',
    summary: "Test a service's endpoint (its provider only)",
    description: 'A GET of the endpoint through the same address guard and deadline as proxied calls; nobody is charged.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: ServiceParams,
    responses: { 200: { description: 'Whether it answered, how fast and with what status', schema: EndpointTestSchema } },
    handler: async ({ params, principal }) => ({ body: await marketplace.call('TestEndpoint', { actor: actorOf(principal), service_id: params.service_id }) }),
  });

  // --- admin analytics ---
  route(deps, {
    method: 'get',
    path: '/api/v1/admin/usage/daily',
    summary: 'Marketplace calls per day (admin)',
    tags: ADMIN_TAGS,
    auth: ['developer'],
    admin: true,
    query: Days(90, 30),
    responses: {
      200: {
        description: 'Days with calls, oldest first',
        schema: z
          .object({
            days: z.number().int(),
            data: z.array(z.object({ date: z.string(), call_count: z.number().int(), paid_calls: z.number().int(), revenue: AmountText, unique_buyers: z.number().int(), unique_services: z.number().int() })),
          })
          .openapi('MarketplaceDailyUsage'),
      },
    },
    handler: async ({ query }) => {
      const r = await marketplace.call('GetDailyUsage', { days: query.days, limit: 0, sort_by: '', granularity: '', periods: 0 });
      return {
        body: {
          days: r.days,
          data: (r.data ?? []).map((d) => ({ date: d.date, call_count: d.calls, paid_calls: d.paid_calls, revenue: d.revenue, unique_buyers: d.unique_buyers, unique_services: d.unique_services })),
        },
      };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/admin/providers/ranking',
    summary: 'Providers by revenue, then calls (admin)',
    tags: ADMIN_TAGS,
    auth: ['developer'],
    admin: true,
    query: z.object({
      limit: queryInt(1, 100, 20),
      period: z.string().regex(/^(all-time|\d{1,3})$/, 'expected "all-time" or a number of days').default('all-time').openapi({ description: '"all-time" or a number of days' }),
    }),
    responses: {
      200: {
        description: 'The largest first',
        schema: z
          .object({
            period: z.string(),
            providers: z.array(z.object({
              provider_id: z.string(), services: z.number().int(), total_calls: z.number().int(), total_revenue: AmountText, avg_latency_ms: z.number(), success_rate: z.number(),
            })),
          })
          .openapi('ProviderRanking'),
      },
    },
    handler: async ({ query }) => {
      const days = query.period === 'all-time' ? 0 : Number(query.period);
      const r = await marketplace.call('GetProviderRanking', { days, limit: query.limit, sort_by: '', granularity: '', periods: 0 });
      return {
        body: {
          period: query.period,
          providers: (r.providers ?? []).map((p) => ({
            provider_id: p.provider_did, services: p.services, total_calls: p.total_calls, total_revenue: p.revenue, avg_latency_ms: p.avg_latency_ms, success_rate: p.success_rate,
          })),
        },
      };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/admin/services/health',
    summary: 'Active services: latency, error rate, last call, health (admin)',
    tags: ADMIN_TAGS,
    auth: ['developer'],
    admin: true,
    query: Days(90, 7),
    responses: {
      200: {
        description: 'The least healthy first',
        schema: z
          .object({
            days: z.number().int(),
            services: z.array(z.object({
              service_id: z.string(), name: z.string(), provider_id: z.string(), status: z.string(), calls: z.number().int(), avg_latency_ms: z.number(),
              error_rate: z.number().openapi({ description: 'Percent of the calls in the window' }), last_called: z.string().nullable(),
              health: z.enum(['healthy', 'degraded', 'failing', 'idle']),
            })),
          })
          .openapi('ServicesHealth'),
      },
    },
    handler: async ({ query }) => {
      const r = await marketplace.call('GetServicesHealth', { days: query.days, limit: 0, sort_by: '', granularity: '', periods: 0 });
      return {
        body: {
          days: r.days,
          services: (r.services ?? []).map((s) => ({
            service_id: s.service_id, name: s.name, provider_id: s.provider_did, status: s.status, calls: s.calls, avg_latency_ms: s.avg_latency_ms, error_rate: s.error_rate,
            last_called: orNull(s.last_called), health: s.health as 'healthy' | 'degraded' | 'failing' | 'idle',
          })),
        },
      };
    },
  });

  const BucketSchema = z.object({ count: z.number().int(), total: AmountText });
  route(deps, {
    method: 'get',
    path: '/api/v1/admin/payments/summary',
    summary: 'Marketplace payments: paid by ledger hold, free tier, failed; settled and pending; commission (admin)',
    tags: ADMIN_TAGS,
    auth: ['developer'],
    admin: true,
    responses: {
      200: {
        description: 'Totals',
        schema: z
          .object({
            methods: z.object({ ledger_hold: BucketSchema, free_tier: BucketSchema }),
            failed: BucketSchema.openapi({ description: 'Never charged' }),
            settled: BucketSchema,
            pending: BucketSchema,
            commission: AmountText,
            commission_settled: AmountText.openapi({ description: 'In the treasury' }),
          })
          .openapi('MarketplacePaymentSummary'),
      },
    },
    handler: async () => {
      const p = await marketplace.call('GetPaymentSummary', {});
      const b = (x: { count: number; total: string } | null) => ({ count: x?.count ?? 0, total: x?.total ?? '0.000000000000000000' });
      return {
        body: {
          methods: { ledger_hold: b(p.paid), free_tier: b(p.free_tier) }, failed: b(p.failed), settled: b(p.settled), pending: b(p.pending),
          commission: p.commission, commission_settled: p.commission_settled,
        },
      };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/admin/analytics/trends',
    summary: 'Calls and revenue by day, ISO week or month (admin)',
    tags: ADMIN_TAGS,
    auth: ['developer'],
    admin: true,
    query: z.object({ granularity: z.enum(['daily', 'weekly', 'monthly']).default('weekly'), periods: queryInt(1, 52, 12) }),
    responses: {
      200: {
        description: 'Periods with calls, oldest first',
        schema: z
          .object({
            granularity: z.string(),
            data: z.array(z.object({
              period: z.string(), calls: z.number().int(), revenue: AmountText, unique_buyers: z.number().int(), active_services: z.number().int(),
              avg_latency_ms: z.number(), success_rate: z.number(),
            })),
          })
          .openapi('MarketplaceTrends'),
      },
    },
    handler: async ({ query }) => {
      const r = await marketplace.call('GetTrends', { days: 0, limit: 0, sort_by: '', granularity: query.granularity, periods: query.periods });
      return { body: { granularity: r.granularity, data: r.data ?? [] } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/admin/analytics/top-services',
    summary: 'Top services by revenue, calls or latency (admin)',
    tags: ADMIN_TAGS,
    auth: ['developer'],
    admin: true,
    query: z.object({ limit: queryInt(1, 50, 10), sort_by: z.enum(['revenue', 'calls', 'latency']).default('revenue').openapi({ description: 'latency: the fastest first' }), days: queryInt(1, 365, 30) }),
    responses: {
      200: {
        description: 'Services',
        schema: z
          .object({
            sort_by: z.string(),
            days: z.number().int(),
            services: z.array(z.object({
              service_id: z.string(), service_name: z.string(), provider_id: z.string(), category: z.string(), total_calls: z.number().int(), total_revenue: AmountText,
              avg_latency_ms: z.number(), unique_buyers: z.number().int(), success_rate: z.number(),
            })),
          })
          .openapi('TopServices'),
      },
    },
    handler: async ({ query }) => {
      const r = await marketplace.call('GetTopServices', { days: query.days, limit: query.limit, sort_by: query.sort_by, granularity: '', periods: 0 });
      return {
        body: {
          sort_by: r.sort_by,
          days: r.days,
          services: (r.services ?? []).map((s) => ({
            service_id: s.service_id, service_name: s.name, provider_id: s.provider_did, category: s.category, total_calls: s.total_calls, total_revenue: s.revenue,
            avg_latency_ms: s.avg_latency_ms, unique_buyers: s.unique_buyers, success_rate: s.success_rate,
          })),
        },
      };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/admin/analytics/buyers',
    summary: 'Buyers: all time, active, new, repeat, top spenders (admin)',
    tags: ADMIN_TAGS,
    auth: ['developer'],
    admin: true,
    query: Days(365, 30),
    responses: {
      200: {
        description: 'Metrics over the window',
        schema: z
          .object({
            days: z.number().int(),
            total_buyers_all_time: z.number().int(),
            active_buyers: z.number().int(),
            new_buyers: z.number().int(),
            repeat_buyers: z.number().int().openapi({ description: 'More than one call in the window' }),
            repeat_rate: z.number().openapi({ description: 'Percent of the active buyers' }),
            avg_calls_per_buyer: z.number(),
            top_spenders: z.array(z.object({ buyer_id: z.string(), calls: z.number().int(), total_spent: AmountText, services_used: z.number().int() })),
          })
          .openapi('BuyerMetrics'),
      },
    },
    handler: async ({ query }) => {
      const m = await marketplace.call('GetBuyerMetrics', { days: query.days, limit: 0, sort_by: '', granularity: '', periods: 0 });
      return {
        body: {
          days: m.days, total_buyers_all_time: m.total_buyers_all_time, active_buyers: m.active_buyers, new_buyers: m.new_buyers, repeat_buyers: m.repeat_buyers,
          repeat_rate: m.repeat_rate, avg_calls_per_buyer: m.avg_calls_per_buyer,
          top_spenders: (m.top_spenders ?? []).map((b) => ({ buyer_id: b.buyer_did, calls: b.calls, total_spent: b.total_spent, services_used: b.services_used })),
        },
      };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/admin/providers/:provider_id/commission',
    summary: "The platform commission on one provider's calls (admin)",
    tags: ADMIN_TAGS,
    auth: ['developer'],
    admin: true,
    params: z.object({ provider_id: z.string().min(1).max(200) }),
    responses: {
      200: {
        description: 'Commission',
        schema: z
          .object({
            provider_id: z.string(),
            current_rate: z.string().openapi({ description: 'A fraction, e.g. "0.10"' }),
            commission_bps: z.number().int(),
            paid_calls: z.number().int(),
            gross: AmountText,
            commission: AmountText,
            commission_settled: AmountText.openapi({ description: 'In the treasury' }),
            commission_pending: AmountText.openapi({ description: 'Held, due at the next settlement' }),
            first_listed_at: z.string().nullable(),
          })
          .openapi('ProviderCommission'),
      },
    },
    handler: async ({ params }) => {
      const c = await marketplace.call('GetProviderCommission', { provider_did: params.provider_id });
      return {
        body: {
          provider_id: c.provider_did, current_rate: c.current_rate, commission_bps: c.commission_bps, paid_calls: c.paid_calls, gross: c.gross, commission: c.commission,
          commission_settled: c.commission_settled, commission_pending: c.commission_pending, first_listed_at: orNull(c.first_listed_at),
        },
      };
    },
  });
}
