// Original file: proto/agentvault/identity/v1/identity.proto

import type { Agent as _agentvault_identity_v1_Agent, Agent__Output as _agentvault_identity_v1_Agent__Output } from '../../../agentvault/identity/v1/Agent.js';

export interface AgentPage {
  'items'?: (_agentvault_identity_v1_Agent)[];
  'total'?: (number);
}

export interface AgentPage__Output {
  'items': (_agentvault_identity_v1_Agent__Output)[];
  'total': (number);
}
