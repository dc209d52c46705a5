import type { Amount } from '@agentvault/ledger/amount';

export type ListingStatus = 'active' | 'paused' | 'removed';
export const LISTING_STATUSES: readonly ListingStatus[] = ['active', 'paused', 'removed'];

export interface Listing {
  id: string;
  providerDid: string;
  name: string;
  description: string;
  endpoint: string;
  pricePerCall: Amount;
  category: string;
  tags: string[];
  freeTierCalls: number;
  status: ListingStatus;
  createdAt: Date;
  updatedAt: Date;
}

export type UsageStatus = 'in_flight' | 'completed' | 'failed';
/** none → (placing → held → posted) | (placing | held → releasing → voided) */
export type HoldState = 'none' | 'placing' | 'held' | 'releasing' | 'voided' | 'posted';

export interface Usage {
  id: string;
  serviceId: string;
  buyerDid: string;
  providerDid: string;
  status: UsageStatus;
  freeTier: boolean;
  amount: Amount;
  commission: Amount;
  method: string;
  path: string;
  responseStatus: number | null;
  latencyMs: number | null;
  error: string | null;
  holdId: string | null;
  holdState: HoldState;
  settlementId: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export type SettlementStatus = 'pending' | 'processing' | 'completed';

export interface Settlement {
  id: string;
  providerDid: string;
  periodStart: Date;
  periodEnd: Date;
  totalAmount: Amount;
  platformFee: Amount;
  netAmount: Amount;
  callCount: number;
  status: SettlementStatus;
  transactionIds: string[];
  createdAt: Date;
  paidAt: Date | null;
}

/** rating: the best rated first (unrated last). */
export type SortBy = 'created_at' | 'price' | 'name' | 'rating';

export interface DiscoverFilter {
  query?: string;
  category?: string;
  tags?: string[];
  minPrice?: Amount;
  maxPrice?: Amount;
  hasFreeTier?: boolean;
  /** Absent: active only. */
  status?: ListingStatus | 'any';
  providerDid?: string;
  sortBy: SortBy;
  limit: number;
  offset: number;
}

/** Who asks: an agent, or a developer (acting for one of its agents), or an admin. */
export interface Actor {
  agentDid?: string;
  developerId?: string;
  admin?: boolean;
}

export interface UsageSummary {
  buyerDid: string;
  totalCalls: number;
  paidCalls: number;
  freeCalls: number;
  failedCalls: number;
  totalSpent: Amount;
  avgLatencyMs: number;
}

export interface ProviderEarnings {
  providerDid: string;
  paidCalls: number;
  gross: Amount;
  commission: Amount;
  settled: Amount;
  pending: Amount;
}

export interface ListingAnalytics {
  serviceId: string;
  calls: number;
  paidCalls: number;
  freeCalls: number;
  errors: number;
  revenue: Amount;
  latencyP50: number;
  latencyP95: number;
  latencyP99: number;
  byDay: { day: string; calls: number; errors: number; revenue: Amount; avgLatencyMs: number }[];
  uniqueBuyers: number;
  avgLatencyMs: number;
  firstCall: Date | null;
  lastCall: Date | null;
}

export interface PlatformStats {
  services: Record<ListingStatus, number>;
  calls: number;
  paidCalls: number;
  failedCalls: number;
  buyers: number;
  gross: Amount;
  commission: Amount;
  settled: Amount;
  providers: { providerDid: string; paidCalls: number; gross: Amount; commission: Amount }[];
}
