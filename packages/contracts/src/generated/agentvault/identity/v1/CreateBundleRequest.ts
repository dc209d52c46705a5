// Original file: proto/agentvault/identity/v1/identity.proto


export interface CreateBundleRequest {
  'developer_id'?: (string);
  'organization_id'?: (string);
  'name'?: (string);
  'description'?: (string);
}

export interface CreateBundleRequest__Output {
  'developer_id': (string);
  'organization_id': (string);
  'name': (string);
  'description': (string);
}
