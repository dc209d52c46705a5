// Original file: proto/agentvault/payments/v1/payments.proto

import type { AttestationSubmission as _agentvault_payments_v1_AttestationSubmission, AttestationSubmission__Output as _agentvault_payments_v1_AttestationSubmission__Output } from '../../../agentvault/payments/v1/AttestationSubmission.js';

export interface AttestationSubmissionPage {
  'items'?: (_agentvault_payments_v1_AttestationSubmission)[];
  'total'?: (number);
}

export interface AttestationSubmissionPage__Output {
  'items': (_agentvault_payments_v1_AttestationSubmission__Output)[];
  'total': (number);
}
