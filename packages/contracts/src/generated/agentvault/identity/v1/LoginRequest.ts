// Original file: proto/agentvault/identity/v1/identity.proto


export interface LoginRequest {
  'email'?: (string);
  'password'?: (string);
  'totp_code'?: (string);
}

export interface LoginRequest__Output {
  'email': (string);
  'password': (string);
  'totp_code': (string);
}
