// Original file: proto/agentvault/payments/v1/payments.proto


export interface X402Settlement {
  'success'?: (boolean);
  'error_reason'?: (string);
  'payer'?: (string);
  'transaction'?: (string);
  'network'?: (string);
  'replayed'?: (boolean);
}

export interface X402Settlement__Output {
  'success': (boolean);
  'error_reason': (string);
  'payer': (string);
  'transaction': (string);
  'network': (string);
  'replayed': (boolean);
}
