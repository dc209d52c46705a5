// Original file: proto/agentvault/payments/v1/payments.proto


export interface DisputeRef {
  'dispute_id'?: (string);
  'viewer_did'?: (string);
  'viewer_is_admin'?: (boolean);
}

export interface DisputeRef__Output {
  'dispute_id': (string);
  'viewer_did': (string);
  'viewer_is_admin': (boolean);
}
