// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Actor as _agentvault_marketplace_v1_Actor, Actor__Output as _agentvault_marketplace_v1_Actor__Output } from '../../../agentvault/marketplace/v1/Actor.js';

export interface CreateFromTemplateRequest {
  'actor'?: (_agentvault_marketplace_v1_Actor | null);
  'template'?: (string);
  'provider_did'?: (string);
  'name'?: (string);
  'endpoint'?: (string);
  'description'?: (string);
  'price_per_call'?: (string);
  'category'?: (string);
  'tags'?: (string)[];
  'set_tags'?: (boolean);
  'free_tier_calls'?: (number);
  '_free_tier_calls'?: "free_tier_calls";
}

export interface CreateFromTemplateRequest__Output {
  'actor': (_agentvault_marketplace_v1_Actor__Output | null);
  'template': (string);
  'provider_did': (string);
  'name': (string);
  'endpoint': (string);
  'description': (string);
  'price_per_call': (string);
  'category': (string);
  'tags': (string)[];
  'set_tags': (boolean);
  'free_tier_calls'?: (number);
  '_free_tier_calls'?: "free_tier_calls";
}
