// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface DailyUsage {
  'day'?: (string);
  'calls'?: (number);
  'errors'?: (number);
  'revenue'?: (string);
  'avg_latency_ms'?: (number | string);
}

export interface DailyUsage__Output {
  'day': (string);
  'calls': (number);
  'errors': (number);
  'revenue': (string);
  'avg_latency_ms': (number);
}
