// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface Balance {
  'agent_id'?: (string);
  'balance'?: (string);
  'status'?: (string);
  'developer_id'?: (string);
  'locked_balance'?: (string);
}

export interface Balance__Output {
  'agent_id': (string);
  'balance': (string);
  'status': (string);
  'developer_id': (string);
  'locked_balance': (string);
}
