// Original file: proto/agentvault/identity/v1/identity.proto


export interface DeveloperAgentCount {
  'developer_id'?: (string);
  'active'?: (number);
  'total'?: (number);
  'limit'?: (number);
}

export interface DeveloperAgentCount__Output {
  'developer_id': (string);
  'active': (number);
  'total': (number);
  'limit': (number);
}
