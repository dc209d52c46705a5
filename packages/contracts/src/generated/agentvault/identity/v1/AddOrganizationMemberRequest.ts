// Original file: proto/agentvault/identity/v1/identity.proto


export interface AddOrganizationMemberRequest {
  'developer_id'?: (string);
  'organization_id'?: (string);
  'email'?: (string);
  'member_developer_id'?: (string);
  'role'?: (string);
}

export interface AddOrganizationMemberRequest__Output {
  'developer_id': (string);
  'organization_id': (string);
  'email': (string);
  'member_developer_id': (string);
  'role': (string);
}
