// Original file: proto/agentvault/identity/v1/identity.proto


export interface OrganizationAgentRequest {
  'developer_id'?: (string);
  'organization_id'?: (string);
  'agent_did'?: (string);
}

export interface OrganizationAgentRequest__Output {
  'developer_id': (string);
  'organization_id': (string);
  'agent_did': (string);
}
