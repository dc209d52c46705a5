// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Settlement as _agentvault_marketplace_v1_Settlement, Settlement__Output as _agentvault_marketplace_v1_Settlement__Output } from '../../../agentvault/marketplace/v1/Settlement.js';
import type { Long } from '@grpc/proto-loader';

export interface RunSettlementsResult {
  'settlements'?: (_agentvault_marketplace_v1_Settlement)[];
  'period_ms'?: (number | string | Long);
}

export interface RunSettlementsResult__Output {
  'settlements': (_agentvault_marketplace_v1_Settlement__Output)[];
  'period_ms': (string);
}
