import type { Handlers } from '@agentvault/grpc';
import type { MarketplaceContract } from '@agentvault/contracts/marketplace';
import type { Actor__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/Actor';
import { validationError } from '@agentvault/errors';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import type { Actor, Listing, ListingStatus, Settlement, SortBy, Usage } from '../domain/model.js';
import type { ListingService } from '../domain/listings.js';
import type { ProxyService } from '../domain/proxy.js';
import type { SettlementService } from '../domain/settlements.js';
import type { InvocationMethods } from './invocation-handlers.js';
import type { ViewMethods } from './views-handlers.js';

/** proto ↔ domain for the MarketplaceService; no rules here. */

const iso = (d: Date | null) => d?.toISOString() ?? '';
const SORTS: readonly SortBy[] = ['created_at', 'price', 'name', 'rating'];
const STATUSES: readonly ListingStatus[] = ['active', 'paused', 'removed'];

function actorOf(a: Actor__Output | null | undefined): Actor {
  return { agentDid: a?.agent_did || undefined, developerId: a?.developer_id || undefined, admin: !!a?.admin };
}

/** A proto3 `optional` field: present or not. */
function given<T extends object, K extends keyof T & string>(req: T, field: K): T[K] | undefined {
  const marker = (req as Record<string, unknown>)[`_${field}`];
  return marker === field || (marker === undefined && req[field] !== undefined) ? req[field] : undefined;
}

export function listingMessage(l: Listing) {
  return {
    id: l.id, provider_did: l.providerDid, name: l.name, description: l.description, endpoint: l.endpoint, price_per_call: formatAmount(l.pricePerCall),
    category: l.category, tags: l.tags, free_tier_calls: l.freeTierCalls, status: l.status, created_at: iso(l.createdAt), updated_at: iso(l.updatedAt),
  };
}

export function usageMessage(u: Usage) {
  return {
    id: u.id, service_id: u.serviceId, buyer_did: u.buyerDid, provider_did: u.providerDid, status: u.status, free_tier: u.freeTier,
    amount: formatAmount(u.amount), commission: formatAmount(u.commission), response_status: u.responseStatus ?? 0, latency_ms: u.latencyMs ?? 0,
    error: u.error ?? '', hold_id: u.holdId ?? '', hold_state: u.holdState, settlement_id: u.settlementId ?? '', created_at: iso(u.createdAt), finished_at: iso(u.finishedAt),
  };
}

export function settlementMessage(s: Settlement) {
  return {
    id: s.id, provider_did: s.providerDid, period_start: iso(s.periodStart), period_end: iso(s.periodEnd), total_amount: formatAmount(s.totalAmount),
    platform_fee: formatAmount(s.platformFee), net_amount: formatAmount(s.netAmount), call_count: s.callCount, status: s.status,
    transaction_ids: s.transactionIds, created_at: iso(s.createdAt), paid_at: iso(s.paidAt),
  };
}

const optionalAmount = (value: string, field: string) => (value ? parseAmount(value, field, { allowZero: true }) : undefined);
const page = (limit: number, offset: number) => ({ limit: Math.min(Math.max(limit || 50, 1), 100), offset: Math.max(offset || 0, 0) });

export function marketplaceHandlers(listings: ListingService, proxy: ProxyService, settlements: SettlementService): Omit<Handlers<MarketplaceContract>, InvocationMethods | ViewMethods> {
  return {
    CreateListing: async (req) =>
      listingMessage(await listings.create(actorOf(req.actor), {
        providerDid: req.provider_did || undefined, name: req.name, description: req.description, endpoint: req.endpoint, pricePerCall: req.price_per_call,
        category: req.category, tags: req.tags ?? [], freeTierCalls: req.free_tier_calls,
      })),
    GetListing: async (req) => listingMessage(await listings.get(req.service_id)),
    UpdateListing: async (req) =>
      listingMessage(await listings.update(actorOf(req.actor), req.service_id, {
        name: given(req, 'name'), description: given(req, 'description'), endpoint: given(req, 'endpoint'), pricePerCall: given(req, 'price_per_call'),
        category: given(req, 'category'), tags: req.set_tags ? req.tags ?? [] : undefined, freeTierCalls: given(req, 'free_tier_calls'), status: given(req, 'status'),
      })),
    RemoveListing: async (req) => listingMessage(await listings.remove(actorOf(req.actor), req.service_id)),
    Discover: async (req) => {
      if (req.sort_by && !SORTS.includes(req.sort_by as SortBy)) throw validationError('sort_by must be created_at, price, name or rating', 'sort_by');
      if (req.status && !STATUSES.includes(req.status as ListingStatus)) throw validationError('status must be active, paused or removed', 'status');
      const found = await listings.discover({
        query: req.query || undefined, category: req.category || undefined, tags: req.tags?.length ? req.tags : undefined,
        minPrice: optionalAmount(req.min_price, 'min_price'), maxPrice: optionalAmount(req.max_price, 'max_price'), hasFreeTier: given(req, 'has_free_tier'),
        status: (req.status || undefined) as ListingStatus | undefined, providerDid: req.provider_did || undefined,
        sortBy: (req.sort_by || 'created_at') as SortBy, ...page(req.limit, req.offset),
      });
      return { items: found.items.map(listingMessage), total: found.total };
    },
    ListCategories: async () => ({ items: await listings.categories() }),
    ListTrending: async (req) => ({
      items: (await listings.trending(req.hours || 24, req.limit || 10)).map((t) => ({ service: listingMessage(t.listing), call_count: t.calls, avg_latency_ms: t.avgLatencyMs })),
    }),
    CallService: async (req) => {
      const answer = await proxy.call({
        serviceId: req.service_id, buyer: actorOf(req.buyer), buyerDid: req.buyer_did || undefined, method: req.method, path: req.path, query: req.query,
        headers: (req.headers ?? []).map((h) => [h.name, h.value] as [string, string]), body: Buffer.from(req.body ?? []),
      });
      return {
        status: answer.status, headers: answer.headers.map(([name, value]) => ({ name, value })), body: answer.body, usage_id: answer.usageId,
        amount: formatAmount(answer.amount), free_tier: answer.freeTier, latency_ms: answer.latencyMs,
      };
    },
    GetBuyerUsage: async (req) => {
      const s = await proxy.usageSummary(actorOf(req.actor), req.buyer_did || undefined);
      return {
        buyer_did: s.buyerDid, total_calls: s.totalCalls, paid_calls: s.paidCalls, free_calls: s.freeCalls, failed_calls: s.failedCalls,
        total_spent: formatAmount(s.totalSpent), avg_latency_ms: s.avgLatencyMs,
      };
    },
    ListUsage: async (req) => {
      const found = await proxy.listUsage(actorOf(req.buyer?.actor), req.buyer?.buyer_did || undefined, { serviceId: req.service_id || undefined, ...page(req.limit, req.offset) });
      return { items: found.items.map(usageMessage), total: found.total };
    },
    CreateSettlement: async (req) => settlementMessage(await settlements.create({ providerDid: req.provider_did, periodStart: req.period_start, periodEnd: req.period_end })),
    PaySettlement: async (req) => settlementMessage(await settlements.pay(req.settlement_id)),
    ListSettlements: async (req) => {
      const found = await settlements.list(actorOf(req.actor), { providerDid: req.provider_did || undefined, status: req.status || undefined, ...page(req.limit, req.offset) });
      return { items: found.items.map(settlementMessage), total: found.total };
    },
    ListProviderListings: async (req) => {
      const found = await listings.mine(actorOf(req.provider?.actor), req.provider?.provider_did || undefined, page(req.limit, req.offset));
      return { items: found.items.map(listingMessage), total: found.total };
    },
    GetListingAnalytics: async (req) => {
      const a = await listings.analytics(actorOf(req.actor), req.service_id, req.days || 30);
      return {
        service_id: a.serviceId, calls: a.calls, paid_calls: a.paidCalls, free_calls: a.freeCalls, errors: a.errors,
        error_rate: a.calls === 0 ? 0 : Math.round((a.errors / a.calls) * 10_000) / 10_000, revenue: formatAmount(a.revenue),
        latency_p50_ms: a.latencyP50, latency_p95_ms: a.latencyP95, latency_p99_ms: a.latencyP99,
        by_day: a.byDay.map((d) => ({ day: d.day, calls: d.calls, errors: d.errors, revenue: formatAmount(d.revenue), avg_latency_ms: d.avgLatencyMs })),
        service_name: a.serviceName, unique_buyers: a.uniqueBuyers, avg_latency_ms: a.avgLatencyMs, first_call: iso(a.firstCall), last_call: iso(a.lastCall),
        success_rate: a.calls === 0 ? 0 : Math.round(((a.calls - a.errors) / a.calls) * 10_000) / 100,
      };
    },
    GetPlatformStats: async () => {
      const p = await settlements.platformStats();
      return {
        active_services: p.services.active, paused_services: p.services.paused, removed_services: p.services.removed,
        calls: p.calls, paid_calls: p.paidCalls, failed_calls: p.failedCalls, buyers: p.buyers,
        gross: formatAmount(p.gross), commission: formatAmount(p.commission), settled: formatAmount(p.settled),
        providers: p.providers.map((x) => ({ provider_did: x.providerDid, paid_calls: x.paidCalls, gross: formatAmount(x.gross), commission: formatAmount(x.commission) })),
      };
    },
    GetProviderEarnings: async (req) => {
      const e = await settlements.earnings(actorOf(req.actor), req.provider_did || undefined);
      return {
        provider_did: e.providerDid, paid_calls: e.paidCalls, gross: formatAmount(e.gross), commission: formatAmount(e.commission),
        settled: formatAmount(e.settled), pending: formatAmount(e.pending),
      };
    },
  };
}
