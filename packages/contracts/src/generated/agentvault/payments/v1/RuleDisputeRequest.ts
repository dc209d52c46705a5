// Original file: proto/agentvault/payments/v1/payments.proto

import type { Penalties as _agentvault_payments_v1_Penalties, Penalties__Output as _agentvault_payments_v1_Penalties__Output } from '../../../agentvault/payments/v1/Penalties.js';

export interface RuleDisputeRequest {
  'dispute_id'?: (string);
  'admin_id'?: (string);
  'resolution_status'?: (string);
  'resolution_notes'?: (string);
  'penalties'?: (_agentvault_payments_v1_Penalties | null);
}

export interface RuleDisputeRequest__Output {
  'dispute_id': (string);
  'admin_id': (string);
  'resolution_status': (string);
  'resolution_notes': (string);
  'penalties': (_agentvault_payments_v1_Penalties__Output | null);
}
