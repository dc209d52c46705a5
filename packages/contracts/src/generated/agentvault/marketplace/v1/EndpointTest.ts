// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface EndpointTest {
  'service_id'?: (string);
  'endpoint'?: (string);
  'reachable'?: (boolean);
  'latency_ms'?: (number);
  'status_code'?: (number);
  'error'?: (string);
}

export interface EndpointTest__Output {
  'service_id': (string);
  'endpoint': (string);
  'reachable': (boolean);
  'latency_ms': (number);
  'status_code': (number);
  'error': (string);
}
