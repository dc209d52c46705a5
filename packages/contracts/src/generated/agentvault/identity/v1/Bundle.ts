// Original file: proto/agentvault/identity/v1/identity.proto


export interface Bundle {
  'id'?: (string);
  'organization_id'?: (string);
  'version'?: (number);
  'name'?: (string);
  'description'?: (string);
  'created_by'?: (string);
  'created_at'?: (string);
  'agent_count'?: (number);
  'team_count'?: (number);
  'content_json'?: (string);
}

export interface Bundle__Output {
  'id': (string);
  'organization_id': (string);
  'version': (number);
  'name': (string);
  'description': (string);
  'created_by': (string);
  'created_at': (string);
  'agent_count': (number);
  'team_count': (number);
  'content_json': (string);
}
