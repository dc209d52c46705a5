// Original file: proto/agentvault/fiat/v1/fiat.proto

import type { Purchase as _agentvault_fiat_v1_Purchase, Purchase__Output as _agentvault_fiat_v1_Purchase__Output } from '../../../agentvault/fiat/v1/Purchase.js';

export interface PurchasePage {
  'items'?: (_agentvault_fiat_v1_Purchase)[];
  'total'?: (number);
}

export interface PurchasePage__Output {
  'items': (_agentvault_fiat_v1_Purchase__Output)[];
  'total': (number);
}
