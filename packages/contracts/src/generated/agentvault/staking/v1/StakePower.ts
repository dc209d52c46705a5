// Original file: proto/agentvault/staking/v1/staking.proto


export interface StakePower {
  'stake_id'?: (string);
  'amount'?: (string);
  'undelegated_amount'?: (string);
  'remaining_lock_days'?: (number);
  'boost'?: (string);
  'voting_power'?: (string);
}

export interface StakePower__Output {
  'stake_id': (string);
  'amount': (string);
  'undelegated_amount': (string);
  'remaining_lock_days': (number);
  'boost': (string);
  'voting_power': (string);
}
