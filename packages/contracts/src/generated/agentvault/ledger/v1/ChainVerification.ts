// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ChainVerification {
  'ok'?: (boolean);
  'checked'?: (string);
  'head_seq'?: (string);
  'head_hash'?: (string);
  'broken_at_seq'?: (string);
  'reason'?: (string);
  'expected_hash'?: (string);
  'stored_hash'?: (string);
}

export interface ChainVerification__Output {
  'ok': (boolean);
  'checked': (string);
  'head_seq': (string);
  'head_hash': (string);
  'broken_at_seq': (string);
  'reason': (string);
  'expected_hash': (string);
  'stored_hash': (string);
}
