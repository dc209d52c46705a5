import type { Selectable } from 'kysely';
import type { Generated, Json, Numeric, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { HoldState, ListingStatus, SettlementStatus, UsageStatus } from '../domain/model.js';

/**
 * The marketplace schema as migrations/index.ts creates it. Amounts are NUMERIC(38,18) read as
 * exact text. A migration that changes a table changes this interface in the same commit.
 */

export interface ListingsTable {
  id: string;
  provider_did: string;
  name: string;
  description: string;
  endpoint: string;
  price_per_call: Numeric;
  category: string;
  tags: string[];
  free_tier_calls: number;
  status: ListingStatus;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface FreeTierCountersTable {
  service_id: string;
  buyer_did: string;
  used: number;
}

export interface UsageTable {
  id: string;
  service_id: string;
  buyer_did: string;
  provider_did: string;
  status: UsageStatus;
  free_tier: boolean;
  amount: Numeric;
  commission: Numeric;
  method: string;
  path: string;
  response_status: number | null;
  latency_ms: number | null;
  error: string | null;
  hold_id: string | null;
  hold_state: HoldState;
  settlement_id: string | null;
  created_at: Generated<Timestamp>;
  finished_at: Timestamp | null;
}

export interface SettlementsTable {
  id: string;
  provider_did: string;
  period_start: Timestamp;
  period_end: Timestamp;
  total_amount: Numeric;
  platform_fee: Numeric;
  net_amount: Numeric;
  call_count: number;
  status: SettlementStatus;
  transaction_ids: Json<string[]>;
  created_at: Generated<Timestamp>;
  /** When the payment started (status processing). */
  processing_at: Timestamp | null;
  paid_at: Timestamp | null;
}

/** A buyer's rating of a service it used (migrations/views.ts). */
export interface ServiceRatingsTable {
  service_id: string;
  buyer_did: string;
  rating: number;
  comment: string;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface MarketplaceDatabase extends OutboxTables {
  service_ratings: ServiceRatingsTable;
  listings: ListingsTable;
  free_tier_counters: FreeTierCountersTable;
  usage: UsageTable;
  settlements: SettlementsTable;
}

export type ListingRow = Selectable<ListingsTable>;
export type UsageRow = Selectable<UsageTable>;
export type SettlementRow = Selectable<SettlementsTable>;
