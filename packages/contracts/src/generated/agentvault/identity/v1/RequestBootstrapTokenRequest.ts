// Original file: proto/agentvault/identity/v1/identity.proto


export interface RequestBootstrapTokenRequest {
  'developer_id'?: (string);
  'agent_type_hint'?: (string);
  'requested_by'?: (string);
}

export interface RequestBootstrapTokenRequest__Output {
  'developer_id': (string);
  'agent_type_hint': (string);
  'requested_by': (string);
}
