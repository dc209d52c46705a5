// Original file: proto/agentvault/staking/v1/staking.proto

import type { Unbonding as _agentvault_staking_v1_Unbonding, Unbonding__Output as _agentvault_staking_v1_Unbonding__Output } from '../../../agentvault/staking/v1/Unbonding.js';

export interface UnstakeResult {
  'unbondings'?: (_agentvault_staking_v1_Unbonding)[];
  'amount'?: (string);
}

export interface UnstakeResult__Output {
  'unbondings': (_agentvault_staking_v1_Unbonding__Output)[];
  'amount': (string);
}
