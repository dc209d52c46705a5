// Original file: proto/agentvault/payments/v1/payments.proto


export interface AttestationSubmission {
  'submission_id'?: (string);
  'agent_did'?: (string);
  'policy_id'?: (string);
  'policy_code'?: (string);
  'policy_name'?: (string);
  'storage_pointer'?: (string);
  'verified'?: (boolean);
  'status'?: (string);
  'verification_reason'?: (string);
  'reward_amount'?: (string);
  'reward_transaction_id'?: (string);
  'created_at'?: (string);
  'replayed'?: (boolean);
}

export interface AttestationSubmission__Output {
  'submission_id': (string);
  'agent_did': (string);
  'policy_id': (string);
  'policy_code': (string);
  'policy_name': (string);
  'storage_pointer': (string);
  'verified': (boolean);
  'status': (string);
  'verification_reason': (string);
  'reward_amount': (string);
  'reward_transaction_id': (string);
  'created_at': (string);
  'replayed': (boolean);
}
