// Original file: proto/agentvault/identity/v1/identity.proto


export interface IsTokenRevokedResponse {
  'revoked'?: (boolean);
}

export interface IsTokenRevokedResponse__Output {
  'revoked': (boolean);
}
