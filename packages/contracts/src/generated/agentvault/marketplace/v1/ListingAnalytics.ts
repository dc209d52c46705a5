// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { DailyUsage as _agentvault_marketplace_v1_DailyUsage, DailyUsage__Output as _agentvault_marketplace_v1_DailyUsage__Output } from '../../../agentvault/marketplace/v1/DailyUsage.js';

export interface ListingAnalytics {
  'service_id'?: (string);
  'calls'?: (number);
  'paid_calls'?: (number);
  'free_calls'?: (number);
  'errors'?: (number);
  'error_rate'?: (number | string);
  'revenue'?: (string);
  'latency_p50_ms'?: (number | string);
  'latency_p95_ms'?: (number | string);
  'latency_p99_ms'?: (number | string);
  'by_day'?: (_agentvault_marketplace_v1_DailyUsage)[];
  'service_name'?: (string);
  'unique_buyers'?: (number);
  'success_rate'?: (number | string);
  'avg_latency_ms'?: (number | string);
  'first_call'?: (string);
  'last_call'?: (string);
}

export interface ListingAnalytics__Output {
  'service_id': (string);
  'calls': (number);
  'paid_calls': (number);
  'free_calls': (number);
  'errors': (number);
  'error_rate': (number);
  'revenue': (string);
  'latency_p50_ms': (number);
  'latency_p95_ms': (number);
  'latency_p99_ms': (number);
  'by_day': (_agentvault_marketplace_v1_DailyUsage__Output)[];
  'service_name': (string);
  'unique_buyers': (number);
  'success_rate': (number);
  'avg_latency_ms': (number);
  'first_call': (string);
  'last_call': (string);
}
