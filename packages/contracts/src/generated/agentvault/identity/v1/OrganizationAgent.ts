// Original file: proto/agentvault/identity/v1/identity.proto


export interface OrganizationAgent {
  'organization_id'?: (string);
  'agent_did'?: (string);
  'developer_id'?: (string);
  'status'?: (string);
  'added_at'?: (string);
}

export interface OrganizationAgent__Output {
  'organization_id': (string);
  'agent_did': (string);
  'developer_id': (string);
  'status': (string);
  'added_at': (string);
}
