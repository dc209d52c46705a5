// Original file: proto/agentvault/payments/v1/payments.proto

import type { PaymentToken as _agentvault_payments_v1_PaymentToken, PaymentToken__Output as _agentvault_payments_v1_PaymentToken__Output } from '../../../agentvault/payments/v1/PaymentToken.js';

export interface PaymentTokenPage {
  'items'?: (_agentvault_payments_v1_PaymentToken)[];
  'total'?: (number);
}

export interface PaymentTokenPage__Output {
  'items': (_agentvault_payments_v1_PaymentToken__Output)[];
  'total': (number);
}
