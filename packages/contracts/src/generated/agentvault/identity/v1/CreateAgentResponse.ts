// Original file: proto/agentvault/identity/v1/identity.proto


export interface CreateAgentResponse {
  'agent_did'?: (string);
  'client_id'?: (string);
  'client_secret'?: (string);
  'account_status'?: (string);
  'agent_card_id'?: (string);
  'agent_card_name'?: (string);
  'initial_funding_status'?: (string);
}

export interface CreateAgentResponse__Output {
  'agent_did': (string);
  'client_id': (string);
  'client_secret': (string);
  'account_status': (string);
  'agent_card_id': (string);
  'agent_card_name': (string);
  'initial_funding_status': (string);
}
