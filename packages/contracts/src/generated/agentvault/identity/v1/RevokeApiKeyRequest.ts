// Original file: proto/agentvault/identity/v1/identity.proto


export interface RevokeApiKeyRequest {
  'developer_id'?: (string);
  'id'?: (string);
}

export interface RevokeApiKeyRequest__Output {
  'developer_id': (string);
  'id': (string);
}
