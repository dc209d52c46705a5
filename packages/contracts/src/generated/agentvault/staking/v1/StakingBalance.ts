// Original file: proto/agentvault/staking/v1/staking.proto


export interface StakingBalance {
  'agent_did'?: (string);
  'liquid_balance'?: (string);
  'staked_balance'?: (string);
  'unbonding_balance'?: (string);
  'locked_balance'?: (string);
  'total_balance'?: (string);
}

export interface StakingBalance__Output {
  'agent_did': (string);
  'liquid_balance': (string);
  'staked_balance': (string);
  'unbonding_balance': (string);
  'locked_balance': (string);
  'total_balance': (string);
}
