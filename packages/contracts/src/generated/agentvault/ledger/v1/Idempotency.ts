// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface Idempotency {
  'scope'?: (string);
  'key'?: (string);
  'request_hash'?: (string);
}

export interface Idempotency__Output {
  'scope': (string);
  'key': (string);
  'request_hash': (string);
}
