// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Recommendation as _agentvault_marketplace_v1_Recommendation, Recommendation__Output as _agentvault_marketplace_v1_Recommendation__Output } from '../../../agentvault/marketplace/v1/Recommendation.js';

export interface RecommendationList {
  'items'?: (_agentvault_marketplace_v1_Recommendation)[];
}

export interface RecommendationList__Output {
  'items': (_agentvault_marketplace_v1_Recommendation__Output)[];
}
