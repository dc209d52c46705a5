// Original file: proto/agentvault/staking/v1/staking.proto


export interface SetAutoCompoundRequest {
  'agent_did'?: (string);
  'enabled'?: (boolean);
}

export interface SetAutoCompoundRequest__Output {
  'agent_did': (string);
  'enabled': (boolean);
}
