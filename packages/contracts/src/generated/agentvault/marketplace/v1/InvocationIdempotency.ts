// Original file: proto/agentvault/marketplace/v1/invocation.proto


export interface InvocationIdempotency {
  'scope'?: (string);
  'key'?: (string);
  'request_hash'?: (string);
}

export interface InvocationIdempotency__Output {
  'scope': (string);
  'key': (string);
  'request_hash': (string);
}
