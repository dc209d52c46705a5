// Original file: proto/agentvault/identity/v1/identity.proto


export interface SetupTotpResponse {
  'secret'?: (string);
  'otpauth_uri'?: (string);
}

export interface SetupTotpResponse__Output {
  'secret': (string);
  'otpauth_uri': (string);
}
