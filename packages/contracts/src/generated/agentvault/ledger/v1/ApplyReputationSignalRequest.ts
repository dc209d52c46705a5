// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ApplyReputationSignalRequest {
  'transaction_id'?: (string);
  'sender_did'?: (string);
  'signal_value'?: (number);
}

export interface ApplyReputationSignalRequest__Output {
  'transaction_id': (string);
  'sender_did': (string);
  'signal_value': (number);
}
