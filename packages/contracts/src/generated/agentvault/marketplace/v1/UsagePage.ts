// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Usage as _agentvault_marketplace_v1_Usage, Usage__Output as _agentvault_marketplace_v1_Usage__Output } from '../../../agentvault/marketplace/v1/Usage.js';

export interface UsagePage {
  'items'?: (_agentvault_marketplace_v1_Usage)[];
  'total'?: (number);
}

export interface UsagePage__Output {
  'items': (_agentvault_marketplace_v1_Usage__Output)[];
  'total': (number);
}
