// Original file: proto/agentvault/identity/v1/identity.proto


export interface VerificationEmailStatus {
  'status'?: (string);
  'expires_at'?: (string);
}

export interface VerificationEmailStatus__Output {
  'status': (string);
  'expires_at': (string);
}
