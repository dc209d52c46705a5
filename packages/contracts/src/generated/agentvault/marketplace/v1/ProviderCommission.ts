// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ProviderCommission {
  'provider_did'?: (string);
  'paid_calls'?: (number);
  'gross'?: (string);
  'commission'?: (string);
}

export interface ProviderCommission__Output {
  'provider_did': (string);
  'paid_calls': (number);
  'gross': (string);
  'commission': (string);
}
