// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface WrappedBalance {
  'origin'?: (string);
  'balance'?: (string);
}

export interface WrappedBalance__Output {
  'origin': (string);
  'balance': (string);
}
