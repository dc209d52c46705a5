// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { TrendPoint as _agentvault_marketplace_v1_TrendPoint, TrendPoint__Output as _agentvault_marketplace_v1_TrendPoint__Output } from '../../../agentvault/marketplace/v1/TrendPoint.js';

export interface TrendReport {
  'granularity'?: (string);
  'data'?: (_agentvault_marketplace_v1_TrendPoint)[];
}

export interface TrendReport__Output {
  'granularity': (string);
  'data': (_agentvault_marketplace_v1_TrendPoint__Output)[];
}
