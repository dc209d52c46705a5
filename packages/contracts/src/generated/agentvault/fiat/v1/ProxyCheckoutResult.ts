// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface ProxyCheckoutResult {
  'status'?: (number);
  'body_json'?: (string);
}

export interface ProxyCheckoutResult__Output {
  'status': (number);
  'body_json': (string);
}
