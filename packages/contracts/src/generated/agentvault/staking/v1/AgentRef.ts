// Original file: proto/agentvault/staking/v1/staking.proto


export interface AgentRef {
  'agent_did'?: (string);
}

export interface AgentRef__Output {
  'agent_did': (string);
}
