import type { Amount } from '@agentvault/ledger/amount';
import type { Listing } from './model.js';

/** The read models behind reputation, recommendations, scheduled settlements, the provider portal and the admin views. */

export interface Rating {
  serviceId: string;
  buyerDid: string;
  rating: number;
  comment: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Finished calls of one service and its buyers' ratings. */
export interface CallStats {
  serviceId: string;
  providerDid: string;
  calls: number;
  /** Answered below 500 (what the buyer was charged for). */
  successes: number;
  avgLatencyMs: number;
  p95LatencyMs: number;
  ratingAverage: number;
  ratingCount: number;
}

export interface ProviderDashboard {
  providerDid: string;
  totalServices: number;
  activeServices: number;
  totalCalls: number;
  paidCalls: number;
  failedCalls: number;
  uniqueBuyers: number;
  gross: Amount;
  commission: Amount;
  settled: Amount;
  settlements: number;
  avgLatencyMs: number;
  ratingAverage: number;
  ratingCount: number;
}

export interface ServiceStats { serviceId: string; totalCalls: number; revenue: Amount; avgLatencyMs: number; ratingAverage: number; ratingCount: number; lastCalled: Date | null }
export interface DailyPoint { date: string; calls: number; paidCalls: number; revenue: Amount; uniqueBuyers: number; uniqueServices: number }
export interface ProviderRank { providerDid: string; services: number; totalCalls: number; revenue: Amount; avgLatencyMs: number; successRate: number }
export interface ServiceHealth {
  serviceId: string; name: string; providerDid: string; status: string; calls: number; avgLatencyMs: number; errorRate: number; lastCalled: Date | null;
}
export interface Bucket { count: number; total: Amount }
export interface PaymentSummary { paid: Bucket; freeTier: Bucket; failed: Bucket; settled: Bucket; pending: Bucket; commission: Amount; commissionSettled: Amount }
export type Granularity = 'daily' | 'weekly' | 'monthly';
export interface TrendPoint { period: string; calls: number; revenue: Amount; uniqueBuyers: number; activeServices: number; avgLatencyMs: number; successRate: number }
export type TopSort = 'revenue' | 'calls' | 'latency';
export interface TopService {
  serviceId: string; name: string; providerDid: string; category: string; totalCalls: number; revenue: Amount; avgLatencyMs: number; uniqueBuyers: number; successRate: number;
}
export interface BuyerSpend { buyerDid: string; calls: number; totalSpent: Amount; servicesUsed: number }
export interface BuyerMetrics {
  totalBuyersAllTime: number; activeBuyers: number; newBuyers: number; repeatBuyers: number; avgCallsPerBuyer: number; topSpenders: BuyerSpend[];
}
export interface ProviderCommission {
  providerDid: string; paidCalls: number; gross: Amount; commission: Amount; commissionSettled: Amount; firstListedAt: Date | null;
}

export interface ViewsStore {
  hasCompletedCall(serviceId: string, buyerDid: string): Promise<boolean>;
  /** Inserts the buyer's rating or replaces its earlier one. */
  upsertRating(rating: { serviceId: string; buyerDid: string; rating: number; comment: string; at: Date }): Promise<Rating>;
  listRatings(serviceId: string, page: { limit: number; offset: number }): Promise<{ items: Rating[]; total: number }>;
  /** One service's stats, finished calls since `since` (null: all time). */
  serviceStats(serviceId: string, since: Date | null): Promise<CallStats>;
  /** Active services with at least `minCalls` finished calls, optionally of one category. */
  activeServiceStats(filter: { category?: string; minCalls: number }): Promise<{ listing: Listing; stats: CallStats }[]>;
  /** Active services of the agent's most used categories it has not called and does not provide. */
  recommend(agentDid: string, limit: number): Promise<{ listing: Listing; category: string; categoryCalls: number }[]>;
  /** Providers and period indexes (finished_at / periodMs) with charged calls not yet settled, ended before `before`. */
  unsettledPeriods(periodMs: number, before: Date, limit: number): Promise<{ providerDid: string; index: number }[]>;
  pendingSettlements(limit: number): Promise<string[]>;
  providerDashboard(providerDid: string): Promise<ProviderDashboard>;
  /** Every listing of the provider (any status) with its finished calls and ratings. */
  providerServiceStats(providerDid: string): Promise<ServiceStats[]>;
  daily(since: Date): Promise<DailyPoint[]>;
  providerRanking(since: Date | null, limit: number): Promise<ProviderRank[]>;
  servicesHealth(since: Date): Promise<ServiceHealth[]>;
  paymentSummary(): Promise<PaymentSummary>;
  trends(granularity: Granularity, since: Date): Promise<TrendPoint[]>;
  topServices(since: Date, sortBy: TopSort, limit: number): Promise<TopService[]>;
  buyerMetrics(since: Date, topLimit: number): Promise<BuyerMetrics>;
  providerCommission(providerDid: string): Promise<ProviderCommission>;
}
