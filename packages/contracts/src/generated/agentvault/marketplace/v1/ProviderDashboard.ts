// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ProviderDashboard {
  'provider_did'?: (string);
  'total_services'?: (number);
  'active_services'?: (number);
  'total_calls'?: (number);
  'paid_calls'?: (number);
  'failed_calls'?: (number);
  'unique_buyers'?: (number);
  'gross'?: (string);
  'commission'?: (string);
  'settled'?: (string);
  'pending'?: (string);
  'settlements'?: (number);
  'avg_latency_ms'?: (number | string);
  'rating_average'?: (number | string);
  'rating_count'?: (number);
}

export interface ProviderDashboard__Output {
  'provider_did': (string);
  'total_services': (number);
  'active_services': (number);
  'total_calls': (number);
  'paid_calls': (number);
  'failed_calls': (number);
  'unique_buyers': (number);
  'gross': (string);
  'commission': (string);
  'settled': (string);
  'pending': (string);
  'settlements': (number);
  'avg_latency_ms': (number);
  'rating_average': (number);
  'rating_count': (number);
}
