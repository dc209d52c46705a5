// Original file: proto/agentvault/staking/v1/staking.proto


export interface RunRewardCycleRequest {
  'reward_percentage'?: (string);
  'trigger'?: (string);
}

export interface RunRewardCycleRequest__Output {
  'reward_percentage': (string);
  'trigger': (string);
}
