// Original file: proto/agentvault/payments/v1/payments.proto


export interface AgentPageRequest {
  'agent_did'?: (string);
  'limit'?: (number);
  'offset'?: (number);
  'status'?: (string);
}

export interface AgentPageRequest__Output {
  'agent_did': (string);
  'limit': (number);
  'offset': (number);
  'status': (string);
}
