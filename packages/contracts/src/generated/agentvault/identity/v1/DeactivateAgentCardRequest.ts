// Original file: proto/agentvault/identity/v1/identity.proto


export interface DeactivateAgentCardRequest {
  'developer_id'?: (string);
  'id'?: (string);
}

export interface DeactivateAgentCardRequest__Output {
  'developer_id': (string);
  'id': (string);
}
