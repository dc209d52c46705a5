// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface ProxyCheckoutRequest {
  'body_json'?: (string);
  'idempotency_key'?: (string);
}

export interface ProxyCheckoutRequest__Output {
  'body_json': (string);
  'idempotency_key': (string);
}
