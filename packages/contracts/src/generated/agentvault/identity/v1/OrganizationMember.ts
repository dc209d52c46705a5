// Original file: proto/agentvault/identity/v1/identity.proto


export interface OrganizationMember {
  'organization_id'?: (string);
  'developer_id'?: (string);
  'email'?: (string);
  'name'?: (string);
  'role'?: (string);
  'added_at'?: (string);
}

export interface OrganizationMember__Output {
  'organization_id': (string);
  'developer_id': (string);
  'email': (string);
  'name': (string);
  'role': (string);
  'added_at': (string);
}
