// Original file: proto/agentvault/payments/v1/payments.proto

import type { AttestationPolicy as _agentvault_payments_v1_AttestationPolicy, AttestationPolicy__Output as _agentvault_payments_v1_AttestationPolicy__Output } from '../../../agentvault/payments/v1/AttestationPolicy.js';

export interface AttestationPolicyList {
  'policies'?: (_agentvault_payments_v1_AttestationPolicy)[];
}

export interface AttestationPolicyList__Output {
  'policies': (_agentvault_payments_v1_AttestationPolicy__Output)[];
}
