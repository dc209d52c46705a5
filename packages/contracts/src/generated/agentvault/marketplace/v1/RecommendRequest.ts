// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Actor as _agentvault_marketplace_v1_Actor, Actor__Output as _agentvault_marketplace_v1_Actor__Output } from '../../../agentvault/marketplace/v1/Actor.js';

export interface RecommendRequest {
  'agent_did'?: (string);
  'limit'?: (number);
  'actor'?: (_agentvault_marketplace_v1_Actor | null);
}

export interface RecommendRequest__Output {
  'agent_did': (string);
  'limit': (number);
  'actor': (_agentvault_marketplace_v1_Actor__Output | null);
}
