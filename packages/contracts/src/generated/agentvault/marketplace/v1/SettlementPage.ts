// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Settlement as _agentvault_marketplace_v1_Settlement, Settlement__Output as _agentvault_marketplace_v1_Settlement__Output } from '../../../agentvault/marketplace/v1/Settlement.js';

export interface SettlementPage {
  'items'?: (_agentvault_marketplace_v1_Settlement)[];
  'total'?: (number);
}

export interface SettlementPage__Output {
  'items': (_agentvault_marketplace_v1_Settlement__Output)[];
  'total': (number);
}
