// Original file: proto/agentvault/staking/v1/staking.proto


export interface Unbonding {
  'unbonding_id'?: (string);
  'stake_id'?: (string);
  'agent_id'?: (string);
  'amount'?: (string);
  'started_at'?: (string);
  'release_at'?: (string);
  'status'?: (string);
  'released_at'?: (string);
  'transaction_id'?: (string);
}

export interface Unbonding__Output {
  'unbonding_id': (string);
  'stake_id': (string);
  'agent_id': (string);
  'amount': (string);
  'started_at': (string);
  'release_at': (string);
  'status': (string);
  'released_at': (string);
  'transaction_id': (string);
}
