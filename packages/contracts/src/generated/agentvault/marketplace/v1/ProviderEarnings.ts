// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ProviderEarnings {
  'provider_did'?: (string);
  'paid_calls'?: (number);
  'gross'?: (string);
  'commission'?: (string);
  'settled'?: (string);
  'pending'?: (string);
}

export interface ProviderEarnings__Output {
  'provider_did': (string);
  'paid_calls': (number);
  'gross': (string);
  'commission': (string);
  'settled': (string);
  'pending': (string);
}
