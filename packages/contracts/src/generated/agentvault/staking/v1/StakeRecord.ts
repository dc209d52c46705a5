// Original file: proto/agentvault/staking/v1/staking.proto


export interface StakeRecord {
  'stake_id'?: (string);
  'agent_id'?: (string);
  'amount'?: (string);
  'initial_amount'?: (string);
  'lock_days'?: (number);
  'locked_until'?: (string);
  'status'?: (string);
  'rewards_earned'?: (string);
  'last_reward_claim'?: (string);
  'staked_at'?: (string);
  'unstaked_at'?: (string);
}

export interface StakeRecord__Output {
  'stake_id': (string);
  'agent_id': (string);
  'amount': (string);
  'initial_amount': (string);
  'lock_days': (number);
  'locked_until': (string);
  'status': (string);
  'rewards_earned': (string);
  'last_reward_claim': (string);
  'staked_at': (string);
  'unstaked_at': (string);
}
