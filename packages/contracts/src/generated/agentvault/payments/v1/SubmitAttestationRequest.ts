// Original file: proto/agentvault/payments/v1/payments.proto


export interface SubmitAttestationRequest {
  'agent_did'?: (string);
  'policy_code'?: (string);
  'attestation_data_json'?: (string);
  'storage_pointer'?: (string);
  'proof'?: (string);
}

export interface SubmitAttestationRequest__Output {
  'agent_did': (string);
  'policy_code': (string);
  'attestation_data_json': (string);
  'storage_pointer': (string);
  'proof': (string);
}
