// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Listing as _agentvault_marketplace_v1_Listing, Listing__Output as _agentvault_marketplace_v1_Listing__Output } from '../../../agentvault/marketplace/v1/Listing.js';

export interface Recommendation {
  'service'?: (_agentvault_marketplace_v1_Listing | null);
  'category'?: (string);
  'category_calls'?: (number);
}

export interface Recommendation__Output {
  'service': (_agentvault_marketplace_v1_Listing__Output | null);
  'category': (string);
  'category_calls': (number);
}
