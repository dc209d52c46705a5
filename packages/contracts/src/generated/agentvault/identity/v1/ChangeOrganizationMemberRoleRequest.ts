// Original file: proto/agentvault/identity/v1/identity.proto


export interface ChangeOrganizationMemberRoleRequest {
  'developer_id'?: (string);
  'organization_id'?: (string);
  'member_developer_id'?: (string);
  'role'?: (string);
}

export interface ChangeOrganizationMemberRoleRequest__Output {
  'developer_id': (string);
  'organization_id': (string);
  'member_developer_id': (string);
  'role': (string);
}
