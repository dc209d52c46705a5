// Original file: proto/agentvault/identity/v1/identity.proto


export interface CreateApiKeyRequest {
  'developer_id'?: (string);
  'description'?: (string);
}

export interface CreateApiKeyRequest__Output {
  'developer_id': (string);
  'description': (string);
}
