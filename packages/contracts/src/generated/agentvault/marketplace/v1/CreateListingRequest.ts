// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Actor as _agentvault_marketplace_v1_Actor, Actor__Output as _agentvault_marketplace_v1_Actor__Output } from '../../../agentvault/marketplace/v1/Actor.js';

export interface CreateListingRequest {
  'actor'?: (_agentvault_marketplace_v1_Actor | null);
  'provider_did'?: (string);
  'name'?: (string);
  'description'?: (string);
  'endpoint'?: (string);
  'price_per_call'?: (string);
  'category'?: (string);
  'tags'?: (string)[];
  'free_tier_calls'?: (number);
}

export interface CreateListingRequest__Output {
  'actor': (_agentvault_marketplace_v1_Actor__Output | null);
  'provider_did': (string);
  'name': (string);
  'description': (string);
  'endpoint': (string);
  'price_per_call': (string);
  'category': (string);
  'tags': (string)[];
  'free_tier_calls': (number);
}
