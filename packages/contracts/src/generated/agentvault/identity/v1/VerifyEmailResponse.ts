// Original file: proto/agentvault/identity/v1/identity.proto


export interface VerifyEmailResponse {
  'developer_id'?: (string);
  'email'?: (string);
  'status'?: (string);
}

export interface VerifyEmailResponse__Output {
  'developer_id': (string);
  'email': (string);
  'status': (string);
}
