// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface BridgeMoveResult {
  'outcome'?: (string);
  'recorded_kind'?: (string);
  'transaction_id'?: (string);
  'balance_after'?: (string);
}

export interface BridgeMoveResult__Output {
  'outcome': (string);
  'recorded_kind': (string);
  'transaction_id': (string);
  'balance_after': (string);
}
