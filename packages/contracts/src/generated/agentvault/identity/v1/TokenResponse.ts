// Original file: proto/agentvault/identity/v1/identity.proto


export interface TokenResponse {
  'access_token'?: (string);
  'token_type'?: (string);
  'expires_in'?: (number);
}

export interface TokenResponse__Output {
  'access_token': (string);
  'token_type': (string);
  'expires_in': (number);
}
