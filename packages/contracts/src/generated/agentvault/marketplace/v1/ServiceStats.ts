// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ServiceStats {
  'service_id'?: (string);
  'total_calls'?: (number);
  'revenue'?: (string);
  'avg_latency_ms'?: (number | string);
  'rating_average'?: (number | string);
  'rating_count'?: (number);
  'last_called'?: (string);
}

export interface ServiceStats__Output {
  'service_id': (string);
  'total_calls': (number);
  'revenue': (string);
  'avg_latency_ms': (number);
  'rating_average': (number);
  'rating_count': (number);
  'last_called': (string);
}
