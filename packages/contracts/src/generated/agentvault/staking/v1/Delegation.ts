// Original file: proto/agentvault/staking/v1/staking.proto


export interface Delegation {
  'delegation_id'?: (string);
  'delegator_agent_id'?: (string);
  'validator_agent_id'?: (string);
  'stake_id'?: (string);
  'delegated_amount'?: (string);
  'delegation_start'?: (string);
  'delegation_end'?: (string);
  'is_active'?: (boolean);
  'reward_share_percentage'?: (string);
}

export interface Delegation__Output {
  'delegation_id': (string);
  'delegator_agent_id': (string);
  'validator_agent_id': (string);
  'stake_id': (string);
  'delegated_amount': (string);
  'delegation_start': (string);
  'delegation_end': (string);
  'is_active': (boolean);
  'reward_share_percentage': (string);
}
