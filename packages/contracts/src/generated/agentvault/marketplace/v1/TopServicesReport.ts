// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { TopService as _agentvault_marketplace_v1_TopService, TopService__Output as _agentvault_marketplace_v1_TopService__Output } from '../../../agentvault/marketplace/v1/TopService.js';

export interface TopServicesReport {
  'sort_by'?: (string);
  'days'?: (number);
  'services'?: (_agentvault_marketplace_v1_TopService)[];
}

export interface TopServicesReport__Output {
  'sort_by': (string);
  'days': (number);
  'services': (_agentvault_marketplace_v1_TopService__Output)[];
}
