// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ProviderCommissionReport {
  'provider_did'?: (string);
  'commission_bps'?: (number);
  'current_rate'?: (string);
  'paid_calls'?: (number);
  'gross'?: (string);
  'commission'?: (string);
  'commission_settled'?: (string);
  'commission_pending'?: (string);
  'first_listed_at'?: (string);
}

export interface ProviderCommissionReport__Output {
  'provider_did': (string);
  'commission_bps': (number);
  'current_rate': (string);
  'paid_calls': (number);
  'gross': (string);
  'commission': (string);
  'commission_settled': (string);
  'commission_pending': (string);
  'first_listed_at': (string);
}
