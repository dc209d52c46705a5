// Original file: proto/agentvault/identity/v1/identity.proto


export interface A2aAgentCardResponse {
  'card_json'?: (string);
  'kid'?: (string);
}

export interface A2aAgentCardResponse__Output {
  'card_json': (string);
  'kid': (string);
}
