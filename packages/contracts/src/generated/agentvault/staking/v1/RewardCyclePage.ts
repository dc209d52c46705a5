// Original file: proto/agentvault/staking/v1/staking.proto

import type { RewardCycle as _agentvault_staking_v1_RewardCycle, RewardCycle__Output as _agentvault_staking_v1_RewardCycle__Output } from '../../../agentvault/staking/v1/RewardCycle.js';

export interface RewardCyclePage {
  'items'?: (_agentvault_staking_v1_RewardCycle)[];
  'total'?: (number);
}

export interface RewardCyclePage__Output {
  'items': (_agentvault_staking_v1_RewardCycle__Output)[];
  'total': (number);
}
