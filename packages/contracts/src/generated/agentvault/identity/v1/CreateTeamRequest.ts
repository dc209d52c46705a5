// Original file: proto/agentvault/identity/v1/identity.proto


export interface CreateTeamRequest {
  'developer_id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'config_json'?: (string);
  'organization_id'?: (string);
  'template'?: (string);
}

export interface CreateTeamRequest__Output {
  'developer_id': (string);
  'name': (string);
  'description': (string);
  'config_json': (string);
  'organization_id': (string);
  'template': (string);
}
