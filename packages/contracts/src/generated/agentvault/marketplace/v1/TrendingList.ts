// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { TrendingService as _agentvault_marketplace_v1_TrendingService, TrendingService__Output as _agentvault_marketplace_v1_TrendingService__Output } from '../../../agentvault/marketplace/v1/TrendingService.js';

export interface TrendingList {
  'items'?: (_agentvault_marketplace_v1_TrendingService)[];
}

export interface TrendingList__Output {
  'items': (_agentvault_marketplace_v1_TrendingService__Output)[];
}
