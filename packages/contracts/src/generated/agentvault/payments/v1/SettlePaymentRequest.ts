// Original file: proto/agentvault/payments/v1/payments.proto


export interface SettlePaymentRequest {
  'caller_did'?: (string);
  'payment_token'?: (string);
  'payment_issuer'?: (string);
}

export interface SettlePaymentRequest__Output {
  'caller_did': (string);
  'payment_token': (string);
  'payment_issuer': (string);
}
