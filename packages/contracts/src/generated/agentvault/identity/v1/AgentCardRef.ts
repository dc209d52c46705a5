// Original file: proto/agentvault/identity/v1/identity.proto


export interface AgentCardRef {
  'id'?: (string);
}

export interface AgentCardRef__Output {
  'id': (string);
}
