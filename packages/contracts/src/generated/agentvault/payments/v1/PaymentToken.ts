// Original file: proto/agentvault/payments/v1/payments.proto


export interface PaymentToken {
  'token_id'?: (string);
  'payment_token'?: (string);
  'caller_agent_id'?: (string);
  'receiver_agent_id'?: (string);
  'amount'?: (string);
  'fee_amount'?: (string);
  'purpose'?: (string);
  'status'?: (string);
  'hold_id'?: (string);
  'transaction_id'?: (string);
  'created_at'?: (string);
  'expires_at'?: (string);
  'settled_at'?: (string);
  'released_at'?: (string);
  'receiver_registry'?: (string);
}

export interface PaymentToken__Output {
  'token_id': (string);
  'payment_token': (string);
  'caller_agent_id': (string);
  'receiver_agent_id': (string);
  'amount': (string);
  'fee_amount': (string);
  'purpose': (string);
  'status': (string);
  'hold_id': (string);
  'transaction_id': (string);
  'created_at': (string);
  'expires_at': (string);
  'settled_at': (string);
  'released_at': (string);
  'receiver_registry': (string);
}
