// Original file: proto/agentvault/staking/v1/staking.proto


export interface Snapshot {
  'snapshot_id'?: (string);
  'taken_at'?: (string);
  'total_power'?: (string);
}

export interface Snapshot__Output {
  'snapshot_id': (string);
  'taken_at': (string);
  'total_power': (string);
}
