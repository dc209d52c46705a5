// Original file: proto/agentvault/staking/v1/staking.proto

import type { Delegation as _agentvault_staking_v1_Delegation, Delegation__Output as _agentvault_staking_v1_Delegation__Output } from '../../../agentvault/staking/v1/Delegation.js';

export interface Delegations {
  'items'?: (_agentvault_staking_v1_Delegation)[];
}

export interface Delegations__Output {
  'items': (_agentvault_staking_v1_Delegation__Output)[];
}
