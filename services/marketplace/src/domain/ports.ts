import type { Amount } from '@agentvault/ledger/amount';
import type { DiscoverFilter, HoldState, Listing, ListingAnalytics, PlatformStats, ProviderEarnings, Settlement, Usage, UsageStatus, UsageSummary } from './model.js';

/** The marketplace's tables, as the domain sees them; one executor (the database or a transaction). */
export interface MarketplaceRepositories {
  listings: {
    insert(listing: Listing): Promise<void>;
    get(id: string): Promise<Listing | null>;
    update(id: string, changes: Partial<Omit<Listing, 'id' | 'providerDid' | 'createdAt'>>): Promise<Listing | null>;
    discover(filter: DiscoverFilter): Promise<{ items: Listing[]; total: number }>;
    categories(): Promise<{ category: string; count: number }[]>;
    /** Active listings by calls finished since `since`, the busiest first. */
    trending(since: Date, limit: number): Promise<{ listing: Listing; calls: number; avgLatencyMs: number }[]>;
  };
  freeTier: {
    /** Takes one free call if fewer than `limit` were used; true when it did. */
    claim(serviceId: string, buyerDid: string, limit: number): Promise<boolean>;
    /** Gives back a free call that did not happen. */
    release(serviceId: string, buyerDid: string): Promise<void>;
  };
  usage: {
    insert(usage: Usage): Promise<void>;
    get(id: string): Promise<Usage | null>;
    setHold(id: string, holdId: string): Promise<void>;
    /** Ends an in-flight call; false when it was no longer in flight (the recovery pass gave it up). */
    finish(id: string, end: { status: Exclude<UsageStatus, 'in_flight'>; amount: Amount; commission: Amount; responseStatus: number | null; latencyMs: number; error: string | null; holdState: HoldState; at: Date }): Promise<boolean>;
    setHoldState(id: string, from: HoldState[], to: HoldState): Promise<boolean>;
    /** Calls still in flight that started before `before`, claimed as failed (their holds to give back). */
    abandonStale(before: Date, limit: number): Promise<Usage[]>;
    releasing(limit: number): Promise<Usage[]>;
    list(filter: { buyerDid?: string; serviceId?: string; limit: number; offset: number }): Promise<{ items: Usage[]; total: number }>;
    summary(buyerDid: string): Promise<UsageSummary>;
    /** Charged calls of a provider in [start, end) not yet in a settlement: attached to `settlementId`. */
    attachToSettlement(providerDid: string, start: Date, end: Date, settlementId: string): Promise<{ count: number; total: Amount; commission: Amount }>;
    ofSettlement(settlementId: string): Promise<Usage[]>;
    earnings(providerDid: string): Promise<ProviderEarnings>;
    /** Finished calls of a listing since `since`. */
    analytics(serviceId: string, since: Date): Promise<ListingAnalytics>;
    platform(): Promise<PlatformStats>;
  };
  settlements: {
    insert(settlement: Settlement): Promise<boolean>;
    get(id: string): Promise<Settlement | null>;
    lock(id: string): Promise<Settlement | null>;
    byPeriod(providerDid: string, start: Date, end: Date): Promise<Settlement | null>;
    update(id: string, changes: Partial<Pick<Settlement, 'status' | 'transactionIds' | 'paidAt' | 'totalAmount' | 'platformFee' | 'netAmount' | 'callCount'>>): Promise<void>;
    list(filter: { providerDid?: string; status?: string; limit: number; offset: number }): Promise<{ items: Settlement[]; total: number }>;
    /** Payments started before `before` and not completed. */
    processingSince(before: Date): Promise<string[]>;
  };
  outbox: { emit(event: { type: string; data: Record<string, unknown>; subject?: string }): Promise<void> };
}

export interface MarketplaceUnitOfWork {
  readonly read: MarketplaceRepositories;
  run<T>(work: (repos: MarketplaceRepositories) => Promise<T>): Promise<T>;
}

/** The ledger's holds, as the marketplace uses them. */
export interface LedgerPort {
  placeHold(input: { payerDid: string; receiverDid: string; amount: Amount; reference: string; purpose: string }): Promise<{ holdId: string }>;
  postHold(input: { holdId: string; receiverDid: string; commission: Amount }): Promise<{ transactionId: string }>;
  voidHold(input: { holdId: string; reason: string }): Promise<void>;
}

/** Identity's view of an agent: who created it and whether it may act. */
export interface AgentDirectory {
  get(did: string): Promise<{ did: string; developerId: string; active: boolean } | null>;
}

export interface ForwardRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer;
  timeoutMs: number;
}

export type ForwardResult =
  | { kind: 'answered'; status: number; headers: [string, string][]; body: Buffer; latencyMs: number }
  | { kind: 'unreachable' | 'timeout' | 'refused'; error: string; latencyMs: number };

/** HTTP to providers: the endpoint guard, a deadline and a circuit breaker per provider host. */
export interface Forwarder {
  forward(request: ForwardRequest): Promise<ForwardResult>;
  /** Refuses an endpoint the guard would never forward to (at listing time). */
  checkEndpoint(url: URL): Promise<void>;
}
