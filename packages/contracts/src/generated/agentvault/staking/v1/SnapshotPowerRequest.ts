// Original file: proto/agentvault/staking/v1/staking.proto


export interface SnapshotPowerRequest {
  'snapshot_id'?: (string);
  'agent_did'?: (string);
}

export interface SnapshotPowerRequest__Output {
  'snapshot_id': (string);
  'agent_did': (string);
}
