// Original file: proto/agentvault/identity/v1/identity.proto


export interface UpdateAgentCardRequest {
  'developer_id'?: (string);
  'id'?: (string);
  'card_json'?: (string);
  'set_active'?: (boolean);
  'is_active'?: (boolean);
}

export interface UpdateAgentCardRequest__Output {
  'developer_id': (string);
  'id': (string);
  'card_json': (string);
  'set_active': (boolean);
  'is_active': (boolean);
}
