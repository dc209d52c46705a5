// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface BatchTransfer {
  'receiver_did'?: (string);
  'amount'?: (string);
  'message'?: (string);
}

export interface BatchTransfer__Output {
  'receiver_did': (string);
  'amount': (string);
  'message': (string);
}
