// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Actor as _agentvault_marketplace_v1_Actor, Actor__Output as _agentvault_marketplace_v1_Actor__Output } from '../../../agentvault/marketplace/v1/Actor.js';

export interface ListingRef {
  'service_id'?: (string);
  'actor'?: (_agentvault_marketplace_v1_Actor | null);
}

export interface ListingRef__Output {
  'service_id': (string);
  'actor': (_agentvault_marketplace_v1_Actor__Output | null);
}
