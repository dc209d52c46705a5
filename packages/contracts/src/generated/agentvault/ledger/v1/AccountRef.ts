// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface AccountRef {
  'did'?: (string);
}

export interface AccountRef__Output {
  'did': (string);
}
