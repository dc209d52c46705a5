// Original file: proto/agentvault/federation/v1/federation.proto


export interface BridgeIdempotency {
  'scope'?: (string);
  'key'?: (string);
  'request_hash'?: (string);
}

export interface BridgeIdempotency__Output {
  'scope': (string);
  'key': (string);
  'request_hash': (string);
}
