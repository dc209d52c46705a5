// Original file: proto/agentvault/payments/v1/payments.proto

import type { AuditorFlag as _agentvault_payments_v1_AuditorFlag, AuditorFlag__Output as _agentvault_payments_v1_AuditorFlag__Output } from '../../../agentvault/payments/v1/AuditorFlag.js';

export interface AuditorFlagPage {
  'items'?: (_agentvault_payments_v1_AuditorFlag)[];
  'total'?: (number);
}

export interface AuditorFlagPage__Output {
  'items': (_agentvault_payments_v1_AuditorFlag__Output)[];
  'total': (number);
}
