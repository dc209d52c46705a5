// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Actor as _agentvault_marketplace_v1_Actor, Actor__Output as _agentvault_marketplace_v1_Actor__Output } from '../../../agentvault/marketplace/v1/Actor.js';

export interface RateServiceRequest {
  'actor'?: (_agentvault_marketplace_v1_Actor | null);
  'service_id'?: (string);
  'buyer_did'?: (string);
  'rating'?: (number);
  'comment'?: (string);
}

export interface RateServiceRequest__Output {
  'actor': (_agentvault_marketplace_v1_Actor__Output | null);
  'service_id': (string);
  'buyer_did': (string);
  'rating': (number);
  'comment': (string);
}
