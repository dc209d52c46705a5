// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ServiceHealth {
  'service_id'?: (string);
  'name'?: (string);
  'provider_did'?: (string);
  'status'?: (string);
  'calls'?: (number);
  'avg_latency_ms'?: (number | string);
  'error_rate'?: (number | string);
  'last_called'?: (string);
  'health'?: (string);
}

export interface ServiceHealth__Output {
  'service_id': (string);
  'name': (string);
  'provider_did': (string);
  'status': (string);
  'calls': (number);
  'avg_latency_ms': (number);
  'error_rate': (number);
  'last_called': (string);
  'health': (string);
}
