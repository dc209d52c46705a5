// Original file: proto/agentvault/identity/v1/identity.proto


export interface UpdateTeamRequest {
  'developer_id'?: (string);
  'team_id'?: (string);
  'name'?: (string);
  'set_description'?: (boolean);
  'description'?: (string);
  'config_json'?: (string);
}

export interface UpdateTeamRequest__Output {
  'developer_id': (string);
  'team_id': (string);
  'name': (string);
  'set_description': (boolean);
  'description': (string);
  'config_json': (string);
}
