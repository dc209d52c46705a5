// Original file: proto/agentvault/payments/v1/payments.proto

import type { Dispute as _agentvault_payments_v1_Dispute, Dispute__Output as _agentvault_payments_v1_Dispute__Output } from '../../../agentvault/payments/v1/Dispute.js';

export interface DisputePage {
  'items'?: (_agentvault_payments_v1_Dispute)[];
  'total'?: (number);
}

export interface DisputePage__Output {
  'items': (_agentvault_payments_v1_Dispute__Output)[];
  'total': (number);
}
