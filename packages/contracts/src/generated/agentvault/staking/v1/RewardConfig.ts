// Original file: proto/agentvault/staking/v1/staking.proto


export interface RewardConfig {
  'reward_id'?: (string);
  'name'?: (string);
  'reward_type'?: (string);
  'apy_percentage'?: (string);
  'is_active'?: (boolean);
  'created_at'?: (string);
  'updated_at'?: (string);
}

export interface RewardConfig__Output {
  'reward_id': (string);
  'name': (string);
  'reward_type': (string);
  'apy_percentage': (string);
  'is_active': (boolean);
  'created_at': (string);
  'updated_at': (string);
}
