// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ChainHead {
  'seq'?: (string);
  'hash'?: (string);
  'chained_at'?: (string);
  'pending'?: (string);
}

export interface ChainHead__Output {
  'seq': (string);
  'hash': (string);
  'chained_at': (string);
  'pending': (string);
}
