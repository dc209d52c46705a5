// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Actor as _agentvault_marketplace_v1_Actor, Actor__Output as _agentvault_marketplace_v1_Actor__Output } from '../../../agentvault/marketplace/v1/Actor.js';
import type { Header as _agentvault_marketplace_v1_Header, Header__Output as _agentvault_marketplace_v1_Header__Output } from '../../../agentvault/marketplace/v1/Header.js';

export interface ProxyCall {
  'service_id'?: (string);
  'buyer'?: (_agentvault_marketplace_v1_Actor | null);
  'buyer_did'?: (string);
  'method'?: (string);
  'path'?: (string);
  'query'?: (string);
  'headers'?: (_agentvault_marketplace_v1_Header)[];
  'body'?: (Buffer | Uint8Array | string);
}

export interface ProxyCall__Output {
  'service_id': (string);
  'buyer': (_agentvault_marketplace_v1_Actor__Output | null);
  'buyer_did': (string);
  'method': (string);
  'path': (string);
  'query': (string);
  'headers': (_agentvault_marketplace_v1_Header__Output)[];
  'body': (Buffer);
}
