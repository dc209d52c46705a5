// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { ProviderRef as _agentvault_marketplace_v1_ProviderRef, ProviderRef__Output as _agentvault_marketplace_v1_ProviderRef__Output } from '../../../agentvault/marketplace/v1/ProviderRef.js';

export interface ProviderListingsRequest {
  'provider'?: (_agentvault_marketplace_v1_ProviderRef | null);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ProviderListingsRequest__Output {
  'provider': (_agentvault_marketplace_v1_ProviderRef__Output | null);
  'limit': (number);
  'offset': (number);
}
