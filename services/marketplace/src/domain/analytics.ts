import { validationError } from '@agentvault/errors';
import type { Actor } from './model.js';
import type { AgentDirectory, Forwarder, MarketplaceUnitOfWork } from './ports.js';
import type { Granularity, TopSort, ViewsStore } from './views-ports.js';
import { actingAgent, assertOwner, listingNotFound } from './rules.js';

/** The provider portal's dashboard and endpoint test, and the admin's views of the marketplace. */

const DAY = 86_400_000;
export const GRANULARITIES: readonly Granularity[] = ['daily', 'weekly', 'monthly'];
export const TOP_SORTS: readonly TopSort[] = ['revenue', 'calls', 'latency'];
/** The endpoint test never waits longer than this, nor longer than a proxied call may. */
const TEST_TIMEOUT_MS = 10_000;

function intIn(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw validationError(`${field} must be an integer from ${min} to ${max}`, field);
  return value;
}

/** The first instant of the bucket `back` buckets before the one holding `now` (UTC; ISO weeks start on Monday). */
export function bucketStart(now: Date, granularity: Granularity, back: number): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (granularity === 'daily') return new Date(d.getTime() - back * DAY);
  if (granularity === 'weekly') {
    const monday = d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
    return new Date(monday - back * 7 * DAY);
  }
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1));
}

export class AnalyticsService {
  constructor(
    private readonly uow: MarketplaceUnitOfWork,
    private readonly views: ViewsStore,
    private readonly agents: AgentDirectory,
    private readonly forwarder: Forwarder,
    private readonly settings: { commissionBps: number; proxyTimeoutMs: number },
    private readonly now: () => Date = () => new Date(),
  ) {}

  async dashboard(actor: Actor, providerDid: string | undefined) {
    const did = await actingAgent(actor, providerDid, this.agents, 'agent_did');
    const d = await this.views.providerDashboard(did);
    return { ...d, pending: d.gross - d.commission - d.settled };
  }

  async serviceStats(actor: Actor, providerDid: string | undefined) {
    return this.views.providerServiceStats(await actingAgent(actor, providerDid, this.agents, 'agent_did'));
  }

  /** A plain GET of the listing's endpoint, through the same guard, deadline and breaker as proxied calls. */
  async testEndpoint(actor: Actor, serviceId: string) {
    const listing = await this.uow.read.listings.get(serviceId);
    if (!listing) throw listingNotFound(serviceId);
    await assertOwner(actor, listing, this.agents);
    const result = await this.forwarder.forward({
      url: new URL(listing.endpoint), method: 'GET', headers: { 'user-agent': 'AgentVault-EndpointTest/1', 'x-agentvault-service-id': listing.id }, body: Buffer.alloc(0),
      timeoutMs: Math.min(TEST_TIMEOUT_MS, this.settings.proxyTimeoutMs),
    });
    const base = { serviceId: listing.id, endpoint: listing.endpoint, latencyMs: result.latencyMs };
    if (result.kind === 'answered') return { ...base, reachable: true, statusCode: result.status, error: '' };
    return { ...base, reachable: false, statusCode: 0, error: result.error };
  }

  private since(days: number, max = 365) {
    return new Date(this.now().getTime() - intIn(days, 1, max, 'days') * DAY);
  }

  daily(days: number) {
    intIn(days, 1, 90, 'days');
    return this.views.daily(bucketStart(this.now(), 'daily', days - 1));
  }

  /** days 0: all time. */
  providerRanking(days: number, limit: number) {
    intIn(limit, 1, 100, 'limit');
    return this.views.providerRanking(days === 0 ? null : this.since(days), limit);
  }

  servicesHealth(days: number) {
    return this.views.servicesHealth(this.since(days, 90));
  }

  paymentSummary() {
    return this.views.paymentSummary();
  }

  trends(granularity: string, periods: number) {
    if (!GRANULARITIES.includes(granularity as Granularity)) throw validationError('granularity must be daily, weekly or monthly', 'granularity');
    intIn(periods, 1, 52, 'periods');
    return this.views.trends(granularity as Granularity, bucketStart(this.now(), granularity as Granularity, periods - 1));
  }

  topServices(days: number, sortBy: string, limit: number) {
    if (!TOP_SORTS.includes(sortBy as TopSort)) throw validationError('sort_by must be revenue, calls or latency', 'sort_by');
    intIn(limit, 1, 50, 'limit');
    return this.views.topServices(this.since(days), sortBy as TopSort, limit);
  }

  buyerMetrics(days: number) {
    return this.views.buyerMetrics(this.since(days), 10);
  }

  async providerCommission(providerDid: string) {
    if (!providerDid) throw validationError('provider_id is required', 'provider_id');
    const c = await this.views.providerCommission(providerDid);
    return { ...c, commissionBps: this.settings.commissionBps, commissionPending: c.commission - c.commissionSettled };
  }
}

/** A rate in basis points as a decimal fraction: 1000 → "0.10", 25 → "0.0025". */
export function rateOf(bps: number): string {
  const whole = Math.floor(bps / 10_000);
  const frac = String(bps % 10_000).padStart(4, '0').replace(/0+$/, '');
  return `${whole}.${frac.padEnd(2, '0')}`;
}
