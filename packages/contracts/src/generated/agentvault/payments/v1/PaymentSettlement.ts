// Original file: proto/agentvault/payments/v1/payments.proto

import type { PaymentToken as _agentvault_payments_v1_PaymentToken, PaymentToken__Output as _agentvault_payments_v1_PaymentToken__Output } from '../../../agentvault/payments/v1/PaymentToken.js';

export interface PaymentSettlement {
  'token'?: (_agentvault_payments_v1_PaymentToken | null);
  'transaction_id'?: (string);
  'amount'?: (string);
  'fee_amount'?: (string);
  'replayed'?: (boolean);
}

export interface PaymentSettlement__Output {
  'token': (_agentvault_payments_v1_PaymentToken__Output | null);
  'transaction_id': (string);
  'amount': (string);
  'fee_amount': (string);
  'replayed': (boolean);
}
