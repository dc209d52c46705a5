// Original file: proto/agentvault/identity/v1/identity.proto


export interface OrganizationMemberRef {
  'developer_id'?: (string);
  'organization_id'?: (string);
  'member_developer_id'?: (string);
}

export interface OrganizationMemberRef__Output {
  'developer_id': (string);
  'organization_id': (string);
  'member_developer_id': (string);
}
