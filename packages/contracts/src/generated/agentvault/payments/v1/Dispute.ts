// Original file: proto/agentvault/payments/v1/payments.proto

import type { Evidence as _agentvault_payments_v1_Evidence, Evidence__Output as _agentvault_payments_v1_Evidence__Output } from '../../../agentvault/payments/v1/Evidence.js';
import type { Penalties as _agentvault_payments_v1_Penalties, Penalties__Output as _agentvault_payments_v1_Penalties__Output } from '../../../agentvault/payments/v1/Penalties.js';

export interface Dispute {
  'dispute_id'?: (string);
  'claimant_agent_id'?: (string);
  'defendant_agent_id'?: (string);
  'transaction_id'?: (string);
  'contract_id'?: (string);
  'reason_code'?: (string);
  'description'?: (string);
  'status'?: (string);
  'evidence'?: (_agentvault_payments_v1_Evidence)[];
  'resolution_notes'?: (string);
  'penalties'?: (_agentvault_payments_v1_Penalties | null);
  'penalized_agent_id'?: (string);
  'penalty_recipient'?: (string);
  'penalty_transaction_id'?: (string);
  'ruled_by'?: (string);
  'ruled_at'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  'defendant_registry'?: (string);
  'remote_slash_status'?: (string);
  'remote_slash_reason'?: (string);
  'remote_penalty_transaction_id'?: (string);
}

export interface Dispute__Output {
  'dispute_id': (string);
  'claimant_agent_id': (string);
  'defendant_agent_id': (string);
  'transaction_id': (string);
  'contract_id': (string);
  'reason_code': (string);
  'description': (string);
  'status': (string);
  'evidence': (_agentvault_payments_v1_Evidence__Output)[];
  'resolution_notes': (string);
  'penalties': (_agentvault_payments_v1_Penalties__Output | null);
  'penalized_agent_id': (string);
  'penalty_recipient': (string);
  'penalty_transaction_id': (string);
  'ruled_by': (string);
  'ruled_at': (string);
  'created_at': (string);
  'updated_at': (string);
  'defendant_registry': (string);
  'remote_slash_status': (string);
  'remote_slash_reason': (string);
  'remote_penalty_transaction_id': (string);
}
