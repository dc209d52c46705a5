// Original file: proto/agentvault/identity/v1/identity.proto

import type { QualityGate as _agentvault_identity_v1_QualityGate, QualityGate__Output as _agentvault_identity_v1_QualityGate__Output } from '../../../agentvault/identity/v1/QualityGate.js';
import type { GateCheck as _agentvault_identity_v1_GateCheck, GateCheck__Output as _agentvault_identity_v1_GateCheck__Output } from '../../../agentvault/identity/v1/GateCheck.js';
import type { ExcludedMember as _agentvault_identity_v1_ExcludedMember, ExcludedMember__Output as _agentvault_identity_v1_ExcludedMember__Output } from '../../../agentvault/identity/v1/ExcludedMember.js';

export interface RouteTeamTaskResponse {
  'team_id'?: (string);
  'agent_did'?: (string);
  'matched_by'?: (string);
  'rule_id'?: (string);
  'quality_gates'?: (_agentvault_identity_v1_QualityGate)[];
  'gate_checks'?: (_agentvault_identity_v1_GateCheck)[];
  'excluded'?: (_agentvault_identity_v1_ExcludedMember)[];
}

export interface RouteTeamTaskResponse__Output {
  'team_id': (string);
  'agent_did': (string);
  'matched_by': (string);
  'rule_id': (string);
  'quality_gates': (_agentvault_identity_v1_QualityGate__Output)[];
  'gate_checks': (_agentvault_identity_v1_GateCheck__Output)[];
  'excluded': (_agentvault_identity_v1_ExcludedMember__Output)[];
}
