// Original file: proto/agentvault/payments/v1/payments.proto


export interface CreateAttestationPolicyRequest {
  'policy_code'?: (string);
  'policy_name'?: (string);
  'description'?: (string);
  'verifier_kind'?: (string);
  'public_key_jwk'?: (string);
  'reward_amount'?: (string);
  'circuit_identifier'?: (string);
  'verification_key'?: (string);
}

export interface CreateAttestationPolicyRequest__Output {
  'policy_code': (string);
  'policy_name': (string);
  'description': (string);
  'verifier_kind': (string);
  'public_key_jwk': (string);
  'reward_amount': (string);
  'circuit_identifier': (string);
  'verification_key': (string);
}
