// Original file: proto/agentvault/identity/v1/identity.proto


export interface SelfAgentRef {
  'did'?: (string);
}

export interface SelfAgentRef__Output {
  'did': (string);
}
