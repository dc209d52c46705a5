// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Header as _agentvault_marketplace_v1_Header, Header__Output as _agentvault_marketplace_v1_Header__Output } from '../../../agentvault/marketplace/v1/Header.js';

export interface ProxyAnswer {
  'status'?: (number);
  'headers'?: (_agentvault_marketplace_v1_Header)[];
  'body'?: (Buffer | Uint8Array | string);
  'usage_id'?: (string);
  'amount'?: (string);
  'free_tier'?: (boolean);
  'latency_ms'?: (number);
}

export interface ProxyAnswer__Output {
  'status': (number);
  'headers': (_agentvault_marketplace_v1_Header__Output)[];
  'body': (Buffer);
  'usage_id': (string);
  'amount': (string);
  'free_tier': (boolean);
  'latency_ms': (number);
}
