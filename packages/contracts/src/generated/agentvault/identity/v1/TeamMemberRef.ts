// Original file: proto/agentvault/identity/v1/identity.proto


export interface TeamMemberRef {
  'developer_id'?: (string);
  'team_id'?: (string);
  'agent_did'?: (string);
}

export interface TeamMemberRef__Output {
  'developer_id': (string);
  'team_id': (string);
  'agent_did': (string);
}
