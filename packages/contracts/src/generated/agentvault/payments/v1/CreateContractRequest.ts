// Original file: proto/agentvault/payments/v1/payments.proto


export interface CreateContractRequest {
  'client_did'?: (string);
  'provider_did'?: (string);
  'description'?: (string);
  'price'?: (string);
  'deadline'?: (string);
}

export interface CreateContractRequest__Output {
  'client_did': (string);
  'provider_did': (string);
  'description': (string);
  'price': (string);
  'deadline': (string);
}
