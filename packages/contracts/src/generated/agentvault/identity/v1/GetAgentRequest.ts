// Original file: proto/agentvault/identity/v1/identity.proto


export interface GetAgentRequest {
  'did'?: (string);
}

export interface GetAgentRequest__Output {
  'did': (string);
}
