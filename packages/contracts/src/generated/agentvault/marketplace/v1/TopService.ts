// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface TopService {
  'service_id'?: (string);
  'name'?: (string);
  'provider_did'?: (string);
  'category'?: (string);
  'total_calls'?: (number);
  'revenue'?: (string);
  'avg_latency_ms'?: (number | string);
  'unique_buyers'?: (number);
  'success_rate'?: (number | string);
}

export interface TopService__Output {
  'service_id': (string);
  'name': (string);
  'provider_did': (string);
  'category': (string);
  'total_calls': (number);
  'revenue': (string);
  'avg_latency_ms': (number);
  'unique_buyers': (number);
  'success_rate': (number);
}
