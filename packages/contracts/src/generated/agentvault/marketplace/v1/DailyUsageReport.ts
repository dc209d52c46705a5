// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { DailyPoint as _agentvault_marketplace_v1_DailyPoint, DailyPoint__Output as _agentvault_marketplace_v1_DailyPoint__Output } from '../../../agentvault/marketplace/v1/DailyPoint.js';

export interface DailyUsageReport {
  'days'?: (number);
  'data'?: (_agentvault_marketplace_v1_DailyPoint)[];
}

export interface DailyUsageReport__Output {
  'days': (number);
  'data': (_agentvault_marketplace_v1_DailyPoint__Output)[];
}
