// Original file: proto/agentvault/identity/v1/identity.proto

import type { GateCheck as _agentvault_identity_v1_GateCheck, GateCheck__Output as _agentvault_identity_v1_GateCheck__Output } from '../../../agentvault/identity/v1/GateCheck.js';

export interface ExcludedMember {
  'agent_did'?: (string);
  'failed'?: (_agentvault_identity_v1_GateCheck)[];
}

export interface ExcludedMember__Output {
  'agent_did': (string);
  'failed': (_agentvault_identity_v1_GateCheck__Output)[];
}
