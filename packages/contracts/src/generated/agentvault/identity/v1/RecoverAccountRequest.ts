// Original file: proto/agentvault/identity/v1/identity.proto


export interface RecoverAccountRequest {
  'email'?: (string);
  'recovery_key'?: (string);
}

export interface RecoverAccountRequest__Output {
  'email': (string);
  'recovery_key': (string);
}
