// Original file: proto/agentvault/identity/v1/identity.proto


export interface CreateAgentRequest {
  'bootstrap_token'?: (string);
  'agent_card_json'?: (string);
  'public_key_jwk_json'?: (string);
}

export interface CreateAgentRequest__Output {
  'bootstrap_token': (string);
  'agent_card_json': (string);
  'public_key_jwk_json': (string);
}
