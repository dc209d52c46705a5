// Original file: proto/agentvault/identity/v1/identity.proto


export interface TeamMember {
  'id'?: (string);
  'team_id'?: (string);
  'agent_did'?: (string);
  'role'?: (string);
  'skills'?: (string)[];
  'joined_at'?: (string);
}

export interface TeamMember__Output {
  'id': (string);
  'team_id': (string);
  'agent_did': (string);
  'role': (string);
  'skills': (string)[];
  'joined_at': (string);
}
