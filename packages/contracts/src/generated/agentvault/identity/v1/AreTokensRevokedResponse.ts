// Original file: proto/agentvault/identity/v1/identity.proto


export interface AreTokensRevokedResponse {
  'revoked'?: (boolean)[];
}

export interface AreTokensRevokedResponse__Output {
  'revoked': (boolean)[];
}
