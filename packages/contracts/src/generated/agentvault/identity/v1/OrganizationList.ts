// Original file: proto/agentvault/identity/v1/identity.proto

import type { Organization as _agentvault_identity_v1_Organization, Organization__Output as _agentvault_identity_v1_Organization__Output } from '../../../agentvault/identity/v1/Organization.js';

export interface OrganizationList {
  'items'?: (_agentvault_identity_v1_Organization)[];
}

export interface OrganizationList__Output {
  'items': (_agentvault_identity_v1_Organization__Output)[];
}
