import type { Handlers } from '@agentvault/grpc';
import type { MarketplaceContract } from '@agentvault/contracts/marketplace';
import type { Actor__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/Actor';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import type { Actor } from '../domain/model.js';
import type { Reputation, ReputationService } from '../domain/reputation.js';
import type { AnalyticsService } from '../domain/analytics.js';
import { rateOf } from '../domain/analytics.js';
import type { ListingService } from '../domain/listings.js';
import type { SettlementScheduler } from '../domain/settlement-schedule.js';
import { createFromTemplate, SERVICE_TEMPLATES, serviceTemplate, type ServiceTemplate } from '../domain/templates.js';
import type { Bucket, Rating } from '../domain/views-ports.js';
import { listingMessage, settlementMessage } from './handlers.js';

/** proto ↔ domain for reputation, recommendations, templates, scheduled settlements, the provider portal and the admin views. */

export type ViewMethods =
  | 'RateService' | 'ListServiceRatings' | 'GetServiceReputation' | 'GetLeaderboard' | 'Recommend'
  | 'ListServiceTemplates' | 'GetServiceTemplate' | 'CreateListingFromTemplate' | 'RunSettlements'
  | 'GetProviderDashboard' | 'ListProviderServiceStats' | 'TestEndpoint'
  | 'GetDailyUsage' | 'GetProviderRanking' | 'GetServicesHealth' | 'GetPaymentSummary' | 'GetTrends' | 'GetTopServices' | 'GetBuyerMetrics' | 'GetProviderCommission';

const iso = (d: Date | null) => d?.toISOString() ?? '';

function actorOf(a: Actor__Output | null | undefined): Actor {
  return { agentDid: a?.agent_did || undefined, developerId: a?.developer_id || undefined, admin: !!a?.admin };
}

const ratingMessage = (r: Rating) => ({
  service_id: r.serviceId, buyer_did: r.buyerDid, rating: r.rating, comment: r.comment, created_at: iso(r.createdAt), updated_at: iso(r.updatedAt),
});

const reputationMessage = (r: Reputation) => ({
  service_id: r.serviceId, provider_did: r.providerDid, calls: r.calls, successes: r.successes, success_rate: r.successRate, avg_latency_ms: r.avgLatencyMs,
  latency_p95_ms: r.p95LatencyMs, rating_average: r.ratingAverage, rating_count: r.ratingCount, score: r.score, latency_score: r.latencyScore,
  reliability_score: r.reliabilityScore, rating_score: r.ratingScore, days: r.days,
});

const templateMessage = (t: ServiceTemplate) => ({
  name: t.name, description: t.description, category: t.category, tags: t.tags, price_per_call: formatAmount(parseAmount(t.pricePerCall, 'price_per_call', { allowZero: true })), free_tier_calls: t.freeTierCalls,
});

const bucket = (b: Bucket) => ({ count: b.count, total: formatAmount(b.total) });

/** A proto3 `optional` field: present or not. */
function givenInt(req: { free_tier_calls?: number; _free_tier_calls?: string }): number | undefined {
  return req._free_tier_calls === 'free_tier_calls' ? req.free_tier_calls : undefined;
}

export function marketplaceViewHandlers(deps: {
  listings: ListingService;
  reputation: ReputationService;
  analytics: AnalyticsService;
  scheduler: SettlementScheduler;
  commissionBps: number;
}): Pick<Handlers<MarketplaceContract>, ViewMethods> {
  const { listings, reputation, analytics, scheduler } = deps;
  return {
    RateService: async (req) =>
      ratingMessage(await reputation.rate(actorOf(req.actor), { serviceId: req.service_id, buyerDid: req.buyer_did || undefined, rating: req.rating, comment: req.comment })),
    ListServiceRatings: async (req) => {
      const found = await reputation.ratings(req.service_id, { limit: Math.min(Math.max(req.limit || 50, 1), 100), offset: Math.max(req.offset || 0, 0) });
      return { items: found.items.map(ratingMessage), total: found.total };
    },
    GetServiceReputation: async (req) => reputationMessage(await reputation.reputation(req.service_id, req.days)),
    GetLeaderboard: async (req) => ({
      items: (await reputation.leaderboard({ limit: req.limit || 20, category: req.category || undefined, minCalls: req.min_calls || 1 })).map((e) => ({
        service: listingMessage(e.listing), reputation: reputationMessage(e.reputation),
      })),
    }),
    Recommend: async (req) => ({
      items: (await reputation.recommend(actorOf(req.actor), req.agent_did, req.limit || 5)).map((r) => ({
        service: listingMessage(r.listing), category: r.category, category_calls: r.categoryCalls,
      })),
    }),
    ListServiceTemplates: async () => ({ items: SERVICE_TEMPLATES.map(templateMessage) }),
    GetServiceTemplate: async (req) => templateMessage(serviceTemplate(req.name)),
    CreateListingFromTemplate: async (req) =>
      listingMessage(await createFromTemplate(listings, actorOf(req.actor), {
        template: req.template, providerDid: req.provider_did || undefined, name: req.name, endpoint: req.endpoint, description: req.description || undefined,
        pricePerCall: req.price_per_call || undefined, category: req.category || undefined, tags: req.set_tags ? req.tags ?? [] : undefined, freeTierCalls: givenInt(req),
      })),
    RunSettlements: async () => ({ settlements: (await scheduler.run()).map(settlementMessage), period_ms: String(scheduler.schedule.periodMs) }),
    GetProviderDashboard: async (req) => {
      const d = await analytics.dashboard(actorOf(req.actor), req.provider_did || undefined);
      return {
        provider_did: d.providerDid, total_services: d.totalServices, active_services: d.activeServices, total_calls: d.totalCalls, paid_calls: d.paidCalls,
        failed_calls: d.failedCalls, unique_buyers: d.uniqueBuyers, gross: formatAmount(d.gross), commission: formatAmount(d.commission), settled: formatAmount(d.settled),
        pending: formatAmount(d.pending), settlements: d.settlements, avg_latency_ms: d.avgLatencyMs, rating_average: d.ratingAverage, rating_count: d.ratingCount,
      };
    },
    ListProviderServiceStats: async (req) => ({
      items: (await analytics.serviceStats(actorOf(req.actor), req.provider_did || undefined)).map((s) => ({
        service_id: s.serviceId, total_calls: s.totalCalls, revenue: formatAmount(s.revenue), avg_latency_ms: s.avgLatencyMs, rating_average: s.ratingAverage,
        rating_count: s.ratingCount, last_called: iso(s.lastCalled),
      })),
    }),
    TestEndpoint: async (req) => {
      const t = await analytics.testEndpoint(actorOf(req.actor), req.service_id);
      return { service_id: t.serviceId, endpoint: t.endpoint, reachable: t.reachable, latency_ms: t.latencyMs, status_code: t.statusCode, error: t.error };
    },
    GetDailyUsage: async (req) => {
      const days = req.days || 30;
      const data = await analytics.daily(days);
      return {
        days,
        data: data.map((d) => ({
          date: d.date, calls: d.calls, paid_calls: d.paidCalls, revenue: formatAmount(d.revenue), unique_buyers: d.uniqueBuyers, unique_services: d.uniqueServices,
        })),
      };
    },
    GetProviderRanking: async (req) => ({
      days: req.days,
      providers: (await analytics.providerRanking(req.days, req.limit || 20)).map((p) => ({
        provider_did: p.providerDid, services: p.services, total_calls: p.totalCalls, revenue: formatAmount(p.revenue), avg_latency_ms: p.avgLatencyMs, success_rate: p.successRate,
      })),
    }),
    GetServicesHealth: async (req) => {
      const days = req.days || 7;
      return {
        days,
        services: (await analytics.servicesHealth(days)).map((s) => ({
          service_id: s.serviceId, name: s.name, provider_did: s.providerDid, status: s.status, calls: s.calls, avg_latency_ms: s.avgLatencyMs, error_rate: s.errorRate,
          last_called: iso(s.lastCalled), health: s.calls === 0 ? 'idle' : s.errorRate >= 50 ? 'failing' : s.errorRate >= 5 ? 'degraded' : 'healthy',
        })),
      };
    },
    GetPaymentSummary: async () => {
      const p = await analytics.paymentSummary();
      return {
        paid: bucket(p.paid), free_tier: bucket(p.freeTier), failed: bucket(p.failed), settled: bucket(p.settled), pending: bucket(p.pending),
        commission: formatAmount(p.commission), commission_settled: formatAmount(p.commissionSettled),
      };
    },
    GetTrends: async (req) => {
      const granularity = req.granularity || 'weekly';
      return {
        granularity,
        data: (await analytics.trends(granularity, req.periods || 12)).map((t) => ({
          period: t.period, calls: t.calls, revenue: formatAmount(t.revenue), unique_buyers: t.uniqueBuyers, active_services: t.activeServices,
          avg_latency_ms: t.avgLatencyMs, success_rate: t.successRate,
        })),
      };
    },
    GetTopServices: async (req) => {
      const sortBy = req.sort_by || 'revenue';
      const days = req.days || 30;
      return {
        sort_by: sortBy,
        days,
        services: (await analytics.topServices(days, sortBy, req.limit || 10)).map((s) => ({
          service_id: s.serviceId, name: s.name, provider_did: s.providerDid, category: s.category, total_calls: s.totalCalls, revenue: formatAmount(s.revenue),
          avg_latency_ms: s.avgLatencyMs, unique_buyers: s.uniqueBuyers, success_rate: s.successRate,
        })),
      };
    },
    GetBuyerMetrics: async (req) => {
      const days = req.days || 30;
      const m = await analytics.buyerMetrics(days);
      return {
        days, total_buyers_all_time: m.totalBuyersAllTime, active_buyers: m.activeBuyers, new_buyers: m.newBuyers, repeat_buyers: m.repeatBuyers,
        repeat_rate: m.activeBuyers === 0 ? 0 : Math.round((m.repeatBuyers / m.activeBuyers) * 10_000) / 100, avg_calls_per_buyer: m.avgCallsPerBuyer,
        top_spenders: m.topSpenders.map((b) => ({ buyer_did: b.buyerDid, calls: b.calls, total_spent: formatAmount(b.totalSpent), services_used: b.servicesUsed })),
      };
    },
    GetProviderCommission: async (req) => {
      const c = await analytics.providerCommission(req.provider_did);
      return {
        provider_did: c.providerDid, commission_bps: c.commissionBps, current_rate: rateOf(c.commissionBps), paid_calls: c.paidCalls, gross: formatAmount(c.gross),
        commission: formatAmount(c.commission), commission_settled: formatAmount(c.commissionSettled), commission_pending: formatAmount(c.commissionPending),
        first_listed_at: iso(c.firstListedAt),
      };
    },
  };
}
