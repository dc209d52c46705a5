// Original file: proto/agentvault/staking/v1/staking.proto

import type { RewardConfig as _agentvault_staking_v1_RewardConfig, RewardConfig__Output as _agentvault_staking_v1_RewardConfig__Output } from '../../../agentvault/staking/v1/RewardConfig.js';

export interface RewardConfigs {
  'items'?: (_agentvault_staking_v1_RewardConfig)[];
}

export interface RewardConfigs__Output {
  'items': (_agentvault_staking_v1_RewardConfig__Output)[];
}
