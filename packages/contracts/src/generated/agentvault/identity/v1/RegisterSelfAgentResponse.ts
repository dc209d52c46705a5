// Original file: proto/agentvault/identity/v1/identity.proto

import type { SelfAgent as _agentvault_identity_v1_SelfAgent, SelfAgent__Output as _agentvault_identity_v1_SelfAgent__Output } from '../../../agentvault/identity/v1/SelfAgent.js';

export interface RegisterSelfAgentResponse {
  'agent'?: (_agentvault_identity_v1_SelfAgent | null);
  'token'?: (string);
  'expires_in'?: (number);
}

export interface RegisterSelfAgentResponse__Output {
  'agent': (_agentvault_identity_v1_SelfAgent__Output | null);
  'token': (string);
  'expires_in': (number);
}
