// Original file: proto/agentvault/identity/v1/identity.proto


export interface JwksResponse {
  'jwks_json'?: (string);
}

export interface JwksResponse__Output {
  'jwks_json': (string);
}
