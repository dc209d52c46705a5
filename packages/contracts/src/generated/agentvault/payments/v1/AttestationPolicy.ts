// Original file: proto/agentvault/payments/v1/payments.proto


export interface AttestationPolicy {
  'policy_id'?: (string);
  'policy_code'?: (string);
  'policy_name'?: (string);
  'description'?: (string);
  'verifier_kind'?: (string);
  'reward_amount'?: (string);
  'circuit_identifier'?: (string);
  'is_active'?: (boolean);
  'created_at'?: (string);
}

export interface AttestationPolicy__Output {
  'policy_id': (string);
  'policy_code': (string);
  'policy_name': (string);
  'description': (string);
  'verifier_kind': (string);
  'reward_amount': (string);
  'circuit_identifier': (string);
  'is_active': (boolean);
  'created_at': (string);
}
