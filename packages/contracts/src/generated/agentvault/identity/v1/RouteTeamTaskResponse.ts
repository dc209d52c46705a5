// Original file: proto/agentvault/identity/v1/identity.proto

import type { QualityGate as _agentvault_identity_v1_QualityGate, QualityGate__Output as _agentvault_identity_v1_QualityGate__Output } from '../../../agentvault/identity/v1/QualityGate.js';

export interface RouteTeamTaskResponse {
  'team_id'?: (string);
  'agent_did'?: (string);
  'matched_by'?: (string);
  'rule_id'?: (string);
  'quality_gates'?: (_agentvault_identity_v1_QualityGate)[];
}

export interface RouteTeamTaskResponse__Output {
  'team_id': (string);
  'agent_did': (string);
  'matched_by': (string);
  'rule_id': (string);
  'quality_gates': (_agentvault_identity_v1_QualityGate__Output)[];
}
