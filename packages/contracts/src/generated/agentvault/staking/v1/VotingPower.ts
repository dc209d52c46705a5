// Original file: proto/agentvault/staking/v1/staking.proto

import type { StakePower as _agentvault_staking_v1_StakePower, StakePower__Output as _agentvault_staking_v1_StakePower__Output } from '../../../agentvault/staking/v1/StakePower.js';

export interface VotingPower {
  'agent_did'?: (string);
  'voting_power'?: (string);
  'own_power'?: (string);
  'staked_amount'?: (string);
  'effective_boost'?: (string);
  'delegated_power'?: (string);
  'delegated_in_amount'?: (string);
  'delegated_out_amount'?: (string);
  'stakes'?: (_agentvault_staking_v1_StakePower)[];
  'max_boost'?: (string);
  'max_lock_days'?: (number);
}

export interface VotingPower__Output {
  'agent_did': (string);
  'voting_power': (string);
  'own_power': (string);
  'staked_amount': (string);
  'effective_boost': (string);
  'delegated_power': (string);
  'delegated_in_amount': (string);
  'delegated_out_amount': (string);
  'stakes': (_agentvault_staking_v1_StakePower__Output)[];
  'max_boost': (string);
  'max_lock_days': (number);
}
