// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface Hold {
  'hold_id'?: (string);
  'reference'?: (string);
  'payer_agent_id'?: (string);
  'receiver_agent_id'?: (string);
  'amount'?: (string);
  'fee_amount'?: (string);
  'purpose'?: (string);
  'status'?: (string);
  'expires_at'?: (string);
  'posted_amount'?: (string);
  'transaction_id'?: (string);
  'end_reason'?: (string);
  'created_at'?: (string);
  'ended_at'?: (string);
}

export interface Hold__Output {
  'hold_id': (string);
  'reference': (string);
  'payer_agent_id': (string);
  'receiver_agent_id': (string);
  'amount': (string);
  'fee_amount': (string);
  'purpose': (string);
  'status': (string);
  'expires_at': (string);
  'posted_amount': (string);
  'transaction_id': (string);
  'end_reason': (string);
  'created_at': (string);
  'ended_at': (string);
}
