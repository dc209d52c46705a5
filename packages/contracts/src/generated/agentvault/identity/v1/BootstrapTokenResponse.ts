// Original file: proto/agentvault/identity/v1/identity.proto


export interface BootstrapTokenResponse {
  'bootstrap_token'?: (string);
  'expires_in'?: (number);
  'expires_at'?: (string);
}

export interface BootstrapTokenResponse__Output {
  'bootstrap_token': (string);
  'expires_in': (number);
  'expires_at': (string);
}
