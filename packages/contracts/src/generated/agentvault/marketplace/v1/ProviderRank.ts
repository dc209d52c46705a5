// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ProviderRank {
  'provider_did'?: (string);
  'services'?: (number);
  'total_calls'?: (number);
  'revenue'?: (string);
  'avg_latency_ms'?: (number | string);
  'success_rate'?: (number | string);
}

export interface ProviderRank__Output {
  'provider_did': (string);
  'services': (number);
  'total_calls': (number);
  'revenue': (string);
  'avg_latency_ms': (number);
  'success_rate': (number);
}
