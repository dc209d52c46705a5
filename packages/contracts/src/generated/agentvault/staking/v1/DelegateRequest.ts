// Original file: proto/agentvault/staking/v1/staking.proto


export interface DelegateRequest {
  'delegator_did'?: (string);
  'validator_did'?: (string);
  'stake_id'?: (string);
  'amount'?: (string);
  'reward_share_percentage'?: (string);
}

export interface DelegateRequest__Output {
  'delegator_did': (string);
  'validator_did': (string);
  'stake_id': (string);
  'amount': (string);
  'reward_share_percentage': (string);
}
