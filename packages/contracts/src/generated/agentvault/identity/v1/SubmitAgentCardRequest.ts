// Original file: proto/agentvault/identity/v1/identity.proto


export interface SubmitAgentCardRequest {
  'developer_id'?: (string);
  'agent_did'?: (string);
  'card_json'?: (string);
}

export interface SubmitAgentCardRequest__Output {
  'developer_id': (string);
  'agent_did': (string);
  'card_json': (string);
}
