// Original file: proto/agentvault/payments/v1/payments.proto


export interface ListMyAttestationsRequest {
  'agent_did'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListMyAttestationsRequest__Output {
  'agent_did': (string);
  'limit': (number);
  'offset': (number);
}
