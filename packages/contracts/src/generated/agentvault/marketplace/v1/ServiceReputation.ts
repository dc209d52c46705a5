// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ServiceReputation {
  'service_id'?: (string);
  'provider_did'?: (string);
  'calls'?: (number);
  'successes'?: (number);
  'success_rate'?: (number | string);
  'avg_latency_ms'?: (number | string);
  'latency_p95_ms'?: (number | string);
  'rating_average'?: (number | string);
  'rating_count'?: (number);
  'score'?: (number | string);
  'latency_score'?: (number | string);
  'reliability_score'?: (number | string);
  'rating_score'?: (number | string);
  'days'?: (number);
}

export interface ServiceReputation__Output {
  'service_id': (string);
  'provider_did': (string);
  'calls': (number);
  'successes': (number);
  'success_rate': (number);
  'avg_latency_ms': (number);
  'latency_p95_ms': (number);
  'rating_average': (number);
  'rating_count': (number);
  'score': (number);
  'latency_score': (number);
  'reliability_score': (number);
  'rating_score': (number);
  'days': (number);
}
