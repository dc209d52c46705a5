// Original file: proto/agentvault/identity/v1/identity.proto


export interface ListDeveloperAgentsRequest {
  'developer_id'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListDeveloperAgentsRequest__Output {
  'developer_id': (string);
  'limit': (number);
  'offset': (number);
}
