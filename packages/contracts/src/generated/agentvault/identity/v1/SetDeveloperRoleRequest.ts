// Original file: proto/agentvault/identity/v1/identity.proto


export interface SetDeveloperRoleRequest {
  'developer_id'?: (string);
  'role'?: (string);
}

export interface SetDeveloperRoleRequest__Output {
  'developer_id': (string);
  'role': (string);
}
