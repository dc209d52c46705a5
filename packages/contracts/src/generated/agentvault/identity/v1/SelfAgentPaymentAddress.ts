// Original file: proto/agentvault/identity/v1/identity.proto


export interface SelfAgentPaymentAddress {
  'did'?: (string);
  'address'?: (string);
  'chain_id'?: (string);
  'source'?: (string);
}

export interface SelfAgentPaymentAddress__Output {
  'did': (string);
  'address': (string);
  'chain_id': (string);
  'source': (string);
}
