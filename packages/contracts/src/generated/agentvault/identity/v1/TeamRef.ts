// Original file: proto/agentvault/identity/v1/identity.proto


export interface TeamRef {
  'developer_id'?: (string);
  'team_id'?: (string);
}

export interface TeamRef__Output {
  'developer_id': (string);
  'team_id': (string);
}
