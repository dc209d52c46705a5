// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { ServiceRating as _agentvault_marketplace_v1_ServiceRating, ServiceRating__Output as _agentvault_marketplace_v1_ServiceRating__Output } from '../../../agentvault/marketplace/v1/ServiceRating.js';

export interface RatingPage {
  'items'?: (_agentvault_marketplace_v1_ServiceRating)[];
  'total'?: (number);
}

export interface RatingPage__Output {
  'items': (_agentvault_marketplace_v1_ServiceRating__Output)[];
  'total': (number);
}
