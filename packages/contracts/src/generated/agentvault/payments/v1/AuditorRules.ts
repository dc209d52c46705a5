// Original file: proto/agentvault/payments/v1/payments.proto

import type { AuditorRule as _agentvault_payments_v1_AuditorRule, AuditorRule__Output as _agentvault_payments_v1_AuditorRule__Output } from '../../../agentvault/payments/v1/AuditorRule.js';

export interface AuditorRules {
  'rules'?: (_agentvault_payments_v1_AuditorRule)[];
}

export interface AuditorRules__Output {
  'rules': (_agentvault_payments_v1_AuditorRule__Output)[];
}
