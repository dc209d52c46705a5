// Original file: proto/agentvault/payments/v1/payments.proto


export interface VerifyPaymentRequest {
  'payment_token'?: (string);
}

export interface VerifyPaymentRequest__Output {
  'payment_token': (string);
}
