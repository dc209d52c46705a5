// Original file: proto/agentvault/identity/v1/identity.proto


export interface AgentCard {
  'id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'card_json'?: (string);
}

export interface AgentCard__Output {
  'id': (string);
  'name': (string);
  'description': (string);
  'card_json': (string);
}
