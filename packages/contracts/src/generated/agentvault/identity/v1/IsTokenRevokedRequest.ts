// Original file: proto/agentvault/identity/v1/identity.proto


export interface IsTokenRevokedRequest {
  'jti'?: (string);
  'developer_id'?: (string);
  'session_version'?: (number);
}

export interface IsTokenRevokedRequest__Output {
  'jti': (string);
  'developer_id': (string);
  'session_version': (number);
}
