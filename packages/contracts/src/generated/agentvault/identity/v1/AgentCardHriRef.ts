// Original file: proto/agentvault/identity/v1/identity.proto


export interface AgentCardHriRef {
  'human_readable_id'?: (string);
}

export interface AgentCardHriRef__Output {
  'human_readable_id': (string);
}
