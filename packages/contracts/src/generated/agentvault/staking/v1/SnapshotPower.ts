// Original file: proto/agentvault/staking/v1/staking.proto

import type { Snapshot as _agentvault_staking_v1_Snapshot, Snapshot__Output as _agentvault_staking_v1_Snapshot__Output } from '../../../agentvault/staking/v1/Snapshot.js';

export interface SnapshotPower {
  'snapshot'?: (_agentvault_staking_v1_Snapshot | null);
  'agent_did'?: (string);
  'voting_power'?: (string);
  'own_power'?: (string);
  'delegated_power'?: (string);
}

export interface SnapshotPower__Output {
  'snapshot': (_agentvault_staking_v1_Snapshot__Output | null);
  'agent_did': (string);
  'voting_power': (string);
  'own_power': (string);
  'delegated_power': (string);
}
