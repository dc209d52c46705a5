// Original file: proto/agentvault/identity/v1/identity.proto


export interface OrganizationRef {
  'developer_id'?: (string);
  'organization_id'?: (string);
}

export interface OrganizationRef__Output {
  'developer_id': (string);
  'organization_id': (string);
}
