// Original file: proto/agentvault/staking/v1/staking.proto

import type { StakeRecord as _agentvault_staking_v1_StakeRecord, StakeRecord__Output as _agentvault_staking_v1_StakeRecord__Output } from '../../../agentvault/staking/v1/StakeRecord.js';

export interface StakePage {
  'items'?: (_agentvault_staking_v1_StakeRecord)[];
  'total'?: (number);
}

export interface StakePage__Output {
  'items': (_agentvault_staking_v1_StakeRecord__Output)[];
  'total': (number);
}
