// Original file: proto/agentvault/staking/v1/staking.proto

import type { Unbonding as _agentvault_staking_v1_Unbonding, Unbonding__Output as _agentvault_staking_v1_Unbonding__Output } from '../../../agentvault/staking/v1/Unbonding.js';
import type { VotingPower as _agentvault_staking_v1_VotingPower, VotingPower__Output as _agentvault_staking_v1_VotingPower__Output } from '../../../agentvault/staking/v1/VotingPower.js';
import type { StakeRecord as _agentvault_staking_v1_StakeRecord, StakeRecord__Output as _agentvault_staking_v1_StakeRecord__Output } from '../../../agentvault/staking/v1/StakeRecord.js';

export interface StakingStatus {
  'agent_did'?: (string);
  'staked_amount'?: (string);
  'unbonding'?: (_agentvault_staking_v1_Unbonding)[];
  'unbonding_amount'?: (string);
  'rewards_earned'?: (string);
  'apy_percentage'?: (string);
  'auto_compound'?: (boolean);
  'voting_power'?: (_agentvault_staking_v1_VotingPower | null);
  'stakes'?: (_agentvault_staking_v1_StakeRecord)[];
}

export interface StakingStatus__Output {
  'agent_did': (string);
  'staked_amount': (string);
  'unbonding': (_agentvault_staking_v1_Unbonding__Output)[];
  'unbonding_amount': (string);
  'rewards_earned': (string);
  'apy_percentage': (string);
  'auto_compound': (boolean);
  'voting_power': (_agentvault_staking_v1_VotingPower__Output | null);
  'stakes': (_agentvault_staking_v1_StakeRecord__Output)[];
}
