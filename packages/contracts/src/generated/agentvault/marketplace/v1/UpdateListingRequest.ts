// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Actor as _agentvault_marketplace_v1_Actor, Actor__Output as _agentvault_marketplace_v1_Actor__Output } from '../../../agentvault/marketplace/v1/Actor.js';

export interface UpdateListingRequest {
  'actor'?: (_agentvault_marketplace_v1_Actor | null);
  'service_id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'endpoint'?: (string);
  'price_per_call'?: (string);
  'category'?: (string);
  'tags'?: (string)[];
  'set_tags'?: (boolean);
  'free_tier_calls'?: (number);
  'status'?: (string);
  '_name'?: "name";
  '_description'?: "description";
  '_endpoint'?: "endpoint";
  '_price_per_call'?: "price_per_call";
  '_category'?: "category";
  '_free_tier_calls'?: "free_tier_calls";
  '_status'?: "status";
}

export interface UpdateListingRequest__Output {
  'actor': (_agentvault_marketplace_v1_Actor__Output | null);
  'service_id': (string);
  'name'?: (string);
  'description'?: (string);
  'endpoint'?: (string);
  'price_per_call'?: (string);
  'category'?: (string);
  'tags': (string)[];
  'set_tags': (boolean);
  'free_tier_calls'?: (number);
  'status'?: (string);
  '_name'?: "name";
  '_description'?: "description";
  '_endpoint'?: "endpoint";
  '_price_per_call'?: "price_per_call";
  '_category'?: "category";
  '_free_tier_calls'?: "free_tier_calls";
  '_status'?: "status";
}
