// Original file: proto/agentvault/staking/v1/staking.proto

import type { RewardCycle as _agentvault_staking_v1_RewardCycle, RewardCycle__Output as _agentvault_staking_v1_RewardCycle__Output } from '../../../agentvault/staking/v1/RewardCycle.js';

export interface StakingSummary {
  'total_staked'?: (string);
  'active_stakes_count'?: (number);
  'unique_stakers'?: (number);
  'average_stake_size'?: (string);
  'recent_reward_distributions'?: (_agentvault_staking_v1_RewardCycle)[];
  'apy_percentage'?: (string);
}

export interface StakingSummary__Output {
  'total_staked': (string);
  'active_stakes_count': (number);
  'unique_stakers': (number);
  'average_stake_size': (string);
  'recent_reward_distributions': (_agentvault_staking_v1_RewardCycle__Output)[];
  'apy_percentage': (string);
}
