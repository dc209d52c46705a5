// Original file: proto/agentvault/identity/v1/identity.proto

import type { OrganizationAgent as _agentvault_identity_v1_OrganizationAgent, OrganizationAgent__Output as _agentvault_identity_v1_OrganizationAgent__Output } from '../../../agentvault/identity/v1/OrganizationAgent.js';

export interface OrganizationAgentList {
  'items'?: (_agentvault_identity_v1_OrganizationAgent)[];
}

export interface OrganizationAgentList__Output {
  'items': (_agentvault_identity_v1_OrganizationAgent__Output)[];
}
