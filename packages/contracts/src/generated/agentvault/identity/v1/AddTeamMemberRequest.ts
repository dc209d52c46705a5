// Original file: proto/agentvault/identity/v1/identity.proto


export interface AddTeamMemberRequest {
  'developer_id'?: (string);
  'team_id'?: (string);
  'agent_did'?: (string);
  'role'?: (string);
  'skills'?: (string)[];
}

export interface AddTeamMemberRequest__Output {
  'developer_id': (string);
  'team_id': (string);
  'agent_did': (string);
  'role': (string);
  'skills': (string)[];
}
