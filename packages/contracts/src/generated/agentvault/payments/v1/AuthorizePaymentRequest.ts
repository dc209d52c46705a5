// Original file: proto/agentvault/payments/v1/payments.proto


export interface AuthorizePaymentRequest {
  'caller_did'?: (string);
  'receiver_did'?: (string);
  'amount'?: (string);
  'purpose'?: (string);
  'ttl_seconds'?: (number);
  'receiver_registry'?: (string);
}

export interface AuthorizePaymentRequest__Output {
  'caller_did': (string);
  'receiver_did': (string);
  'amount': (string);
  'purpose': (string);
  'ttl_seconds': (number);
  'receiver_registry': (string);
}
