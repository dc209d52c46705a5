// Original file: proto/agentvault/identity/v1/identity.proto


export interface DeveloperRef {
  'developer_id'?: (string);
}

export interface DeveloperRef__Output {
  'developer_id': (string);
}
