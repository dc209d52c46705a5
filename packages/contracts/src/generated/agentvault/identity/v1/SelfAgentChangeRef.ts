// Original file: proto/agentvault/identity/v1/identity.proto


export interface SelfAgentChangeRef {
  'caller_did'?: (string);
  'did'?: (string);
}

export interface SelfAgentChangeRef__Output {
  'caller_did': (string);
  'did': (string);
}
