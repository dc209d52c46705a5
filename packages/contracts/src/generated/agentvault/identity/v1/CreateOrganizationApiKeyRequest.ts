// Original file: proto/agentvault/identity/v1/identity.proto


export interface CreateOrganizationApiKeyRequest {
  'developer_id'?: (string);
  'organization_id'?: (string);
  'description'?: (string);
}

export interface CreateOrganizationApiKeyRequest__Output {
  'developer_id': (string);
  'organization_id': (string);
  'description': (string);
}
