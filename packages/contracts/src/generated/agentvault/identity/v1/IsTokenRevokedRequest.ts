// Original file: proto/agentvault/identity/v1/identity.proto


export interface IsTokenRevokedRequest {
  'jti'?: (string);
}

export interface IsTokenRevokedRequest__Output {
  'jti': (string);
}
