// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ReputationSignalResult {
  'transaction_id'?: (string);
  'sender_agent_id'?: (string);
  'receiver_agent_id'?: (string);
  'signal_value'?: (number);
  'old_receiver_reputation'?: (number);
  'new_receiver_reputation'?: (number);
}

export interface ReputationSignalResult__Output {
  'transaction_id': (string);
  'sender_agent_id': (string);
  'receiver_agent_id': (string);
  'signal_value': (number);
  'old_receiver_reputation': (number);
  'new_receiver_reputation': (number);
}
