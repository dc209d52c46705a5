// Original file: proto/agentvault/identity/v1/identity.proto


export interface ValidateAgentCardRequest {
  'card_json'?: (string);
}

export interface ValidateAgentCardRequest__Output {
  'card_json': (string);
}
