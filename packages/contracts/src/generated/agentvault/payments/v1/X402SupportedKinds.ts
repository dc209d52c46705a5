// Original file: proto/agentvault/payments/v1/payments.proto

import type { X402Kind as _agentvault_payments_v1_X402Kind, X402Kind__Output as _agentvault_payments_v1_X402Kind__Output } from '../../../agentvault/payments/v1/X402Kind.js';

export interface X402SupportedKinds {
  'kinds'?: (_agentvault_payments_v1_X402Kind)[];
}

export interface X402SupportedKinds__Output {
  'kinds': (_agentvault_payments_v1_X402Kind__Output)[];
}
