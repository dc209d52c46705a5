// Original file: proto/agentvault/staking/v1/staking.proto


export interface RewardConfigInput {
  'reward_id'?: (string);
  'name'?: (string);
  'apy_percentage'?: (string);
  'is_active'?: (string);
}

export interface RewardConfigInput__Output {
  'reward_id': (string);
  'name': (string);
  'apy_percentage': (string);
  'is_active': (string);
}
