// Original file: proto/agentvault/identity/v1/identity.proto


export interface ListTeamsRequest {
  'developer_id'?: (string);
  'limit'?: (number);
}

export interface ListTeamsRequest__Output {
  'developer_id': (string);
  'limit': (number);
}
