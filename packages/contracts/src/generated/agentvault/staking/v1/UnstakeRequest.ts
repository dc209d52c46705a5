// Original file: proto/agentvault/staking/v1/staking.proto


export interface UnstakeRequest {
  'agent_did'?: (string);
  'stake_id'?: (string);
  'amount'?: (string);
}

export interface UnstakeRequest__Output {
  'agent_did': (string);
  'stake_id': (string);
  'amount': (string);
}
