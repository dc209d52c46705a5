// Original file: proto/agentvault/identity/v1/identity.proto


export interface UpdateSelfAgentRequest {
  'caller_did'?: (string);
  'did'?: (string);
  'change_json'?: (string);
}

export interface UpdateSelfAgentRequest__Output {
  'caller_did': (string);
  'did': (string);
  'change_json': (string);
}
