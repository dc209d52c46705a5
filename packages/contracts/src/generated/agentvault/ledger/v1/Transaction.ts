// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface Transaction {
  'transaction_id'?: (string);
  'transaction_type'?: (string);
  'status'?: (string);
  'sender_agent_id'?: (string);
  'receiver_agent_id'?: (string);
  'amount'?: (string);
  'fee_amount'?: (string);
  'balance_after'?: (string);
  'message'?: (string);
  'timestamp'?: (string);
  'reputation_signal'?: (number);
}

export interface Transaction__Output {
  'transaction_id': (string);
  'transaction_type': (string);
  'status': (string);
  'sender_agent_id': (string);
  'receiver_agent_id': (string);
  'amount': (string);
  'fee_amount': (string);
  'balance_after': (string);
  'message': (string);
  'timestamp': (string);
  'reputation_signal': (number);
}
