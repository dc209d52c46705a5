// Original file: proto/agentvault/staking/v1/staking.proto


export interface RewardCycle {
  'cycle_id'?: (string);
  'seq'?: (number);
  'period_start'?: (string);
  'period_end'?: (string);
  'apy_percentage'?: (string);
  'reward_percentage'?: (string);
  'pool'?: (string);
  'total_distributed'?: (string);
  'remainder'?: (string);
  'stakers_rewarded'?: (number);
  'status'?: (string);
  'trigger'?: (string);
  'created_at'?: (string);
  'completed_at'?: (string);
  'resumed'?: (boolean);
  'total_withheld'?: (string);
}

export interface RewardCycle__Output {
  'cycle_id': (string);
  'seq': (number);
  'period_start': (string);
  'period_end': (string);
  'apy_percentage': (string);
  'reward_percentage': (string);
  'pool': (string);
  'total_distributed': (string);
  'remainder': (string);
  'stakers_rewarded': (number);
  'status': (string);
  'trigger': (string);
  'created_at': (string);
  'completed_at': (string);
  'resumed': (boolean);
  'total_withheld': (string);
}
