// Original file: proto/agentvault/staking/v1/staking.proto


export interface SnapshotRef {
  'snapshot_id'?: (string);
}

export interface SnapshotRef__Output {
  'snapshot_id': (string);
}
