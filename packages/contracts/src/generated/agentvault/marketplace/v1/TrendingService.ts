// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Listing as _agentvault_marketplace_v1_Listing, Listing__Output as _agentvault_marketplace_v1_Listing__Output } from '../../../agentvault/marketplace/v1/Listing.js';

export interface TrendingService {
  'service'?: (_agentvault_marketplace_v1_Listing | null);
  'call_count'?: (number);
  'avg_latency_ms'?: (number | string);
}

export interface TrendingService__Output {
  'service': (_agentvault_marketplace_v1_Listing__Output | null);
  'call_count': (number);
  'avg_latency_ms': (number);
}
