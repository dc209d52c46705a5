// Original file: proto/agentvault/identity/v1/identity.proto


export interface TeamItemRef {
  'developer_id'?: (string);
  'team_id'?: (string);
  'id'?: (string);
}

export interface TeamItemRef__Output {
  'developer_id': (string);
  'team_id': (string);
  'id': (string);
}
