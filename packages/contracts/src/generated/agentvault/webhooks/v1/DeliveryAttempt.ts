// Original file: proto/agentvault/webhooks/v1/webhooks.proto


export interface DeliveryAttempt {
  'attempt'?: (number);
  'attempted_at'?: (string);
  'duration_ms'?: (number);
  'response_status'?: (number);
  'response_body_excerpt'?: (string);
  'error'?: (string);
}

export interface DeliveryAttempt__Output {
  'attempt': (number);
  'attempted_at': (string);
  'duration_ms': (number);
  'response_status': (number);
  'response_body_excerpt': (string);
  'error': (string);
}
