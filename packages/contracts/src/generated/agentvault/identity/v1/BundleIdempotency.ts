// Original file: proto/agentvault/identity/v1/identity.proto


export interface BundleIdempotency {
  'scope'?: (string);
  'key'?: (string);
  'request_hash'?: (string);
}

export interface BundleIdempotency__Output {
  'scope': (string);
  'key': (string);
  'request_hash': (string);
}
