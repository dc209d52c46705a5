// Original file: proto/agentvault/identity/v1/identity.proto


export interface Principal {
  'developer_id'?: (string);
  'role'?: (string);
}

export interface Principal__Output {
  'developer_id': (string);
  'role': (string);
}
