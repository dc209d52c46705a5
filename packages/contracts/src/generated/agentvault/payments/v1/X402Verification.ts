// Original file: proto/agentvault/payments/v1/payments.proto


export interface X402Verification {
  'is_valid'?: (boolean);
  'invalid_reason'?: (string);
  'payer'?: (string);
}

export interface X402Verification__Output {
  'is_valid': (boolean);
  'invalid_reason': (string);
  'payer': (string);
}
