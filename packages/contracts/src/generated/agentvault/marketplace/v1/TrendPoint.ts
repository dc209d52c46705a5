// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface TrendPoint {
  'period'?: (string);
  'calls'?: (number);
  'revenue'?: (string);
  'unique_buyers'?: (number);
  'active_services'?: (number);
  'avg_latency_ms'?: (number | string);
  'success_rate'?: (number | string);
}

export interface TrendPoint__Output {
  'period': (string);
  'calls': (number);
  'revenue': (string);
  'unique_buyers': (number);
  'active_services': (number);
  'avg_latency_ms': (number);
  'success_rate': (number);
}
