// Original file: proto/agentvault/staking/v1/staking.proto


export interface AutoCompound {
  'agent_did'?: (string);
  'enabled'?: (boolean);
}

export interface AutoCompound__Output {
  'agent_did': (string);
  'enabled': (boolean);
}
