// Original file: proto/agentvault/payments/v1/payments.proto


export interface ReleasePaymentRequest {
  'caller_did'?: (string);
  'payment_token'?: (string);
  'token_id'?: (string);
}

export interface ReleasePaymentRequest__Output {
  'caller_did': (string);
  'payment_token': (string);
  'token_id': (string);
}
