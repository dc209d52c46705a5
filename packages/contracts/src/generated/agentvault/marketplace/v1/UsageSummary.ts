// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface UsageSummary {
  'buyer_did'?: (string);
  'total_calls'?: (number);
  'paid_calls'?: (number);
  'free_calls'?: (number);
  'failed_calls'?: (number);
  'total_spent'?: (string);
  'avg_latency_ms'?: (number | string);
}

export interface UsageSummary__Output {
  'buyer_did': (string);
  'total_calls': (number);
  'paid_calls': (number);
  'free_calls': (number);
  'failed_calls': (number);
  'total_spent': (string);
  'avg_latency_ms': (number);
}
