// Original file: proto/agentvault/fiat/v1/fiat.proto

import type { Purchase as _agentvault_fiat_v1_Purchase, Purchase__Output as _agentvault_fiat_v1_Purchase__Output } from '../../../agentvault/fiat/v1/Purchase.js';

export interface CheckoutSession {
  'purchase'?: (_agentvault_fiat_v1_Purchase | null);
  'replayed'?: (boolean);
}

export interface CheckoutSession__Output {
  'purchase': (_agentvault_fiat_v1_Purchase__Output | null);
  'replayed': (boolean);
}
