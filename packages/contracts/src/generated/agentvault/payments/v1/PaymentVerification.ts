// Original file: proto/agentvault/payments/v1/payments.proto


export interface PaymentVerification {
  'valid'?: (boolean);
  'token_id'?: (string);
  'amount'?: (string);
  'caller_agent_id'?: (string);
  'receiver_agent_id'?: (string);
  'status'?: (string);
  'expires_at'?: (string);
  'detail'?: (string);
  'already_consumed'?: (boolean);
}

export interface PaymentVerification__Output {
  'valid': (boolean);
  'token_id': (string);
  'amount': (string);
  'caller_agent_id': (string);
  'receiver_agent_id': (string);
  'status': (string);
  'expires_at': (string);
  'detail': (string);
  'already_consumed': (boolean);
}
