// Original file: proto/agentvault/staking/v1/staking.proto


export interface StakeRequest {
  'agent_did'?: (string);
  'amount'?: (string);
  'lock_days'?: (number);
}

export interface StakeRequest__Output {
  'agent_did': (string);
  'amount': (string);
  'lock_days': (number);
}
