// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface Usage {
  'id'?: (string);
  'service_id'?: (string);
  'buyer_did'?: (string);
  'provider_did'?: (string);
  'status'?: (string);
  'free_tier'?: (boolean);
  'amount'?: (string);
  'commission'?: (string);
  'response_status'?: (number);
  'latency_ms'?: (number);
  'error'?: (string);
  'hold_id'?: (string);
  'hold_state'?: (string);
  'settlement_id'?: (string);
  'created_at'?: (string);
  'finished_at'?: (string);
}

export interface Usage__Output {
  'id': (string);
  'service_id': (string);
  'buyer_did': (string);
  'provider_did': (string);
  'status': (string);
  'free_tier': (boolean);
  'amount': (string);
  'commission': (string);
  'response_status': (number);
  'latency_ms': (number);
  'error': (string);
  'hold_id': (string);
  'hold_state': (string);
  'settlement_id': (string);
  'created_at': (string);
  'finished_at': (string);
}
