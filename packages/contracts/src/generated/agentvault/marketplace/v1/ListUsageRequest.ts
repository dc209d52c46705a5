// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { BuyerRef as _agentvault_marketplace_v1_BuyerRef, BuyerRef__Output as _agentvault_marketplace_v1_BuyerRef__Output } from '../../../agentvault/marketplace/v1/BuyerRef.js';

export interface ListUsageRequest {
  'buyer'?: (_agentvault_marketplace_v1_BuyerRef | null);
  'service_id'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListUsageRequest__Output {
  'buyer': (_agentvault_marketplace_v1_BuyerRef__Output | null);
  'service_id': (string);
  'limit': (number);
  'offset': (number);
}
