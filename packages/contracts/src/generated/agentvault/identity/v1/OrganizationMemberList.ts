// Original file: proto/agentvault/identity/v1/identity.proto

import type { OrganizationMember as _agentvault_identity_v1_OrganizationMember, OrganizationMember__Output as _agentvault_identity_v1_OrganizationMember__Output } from '../../../agentvault/identity/v1/OrganizationMember.js';

export interface OrganizationMemberList {
  'items'?: (_agentvault_identity_v1_OrganizationMember)[];
}

export interface OrganizationMemberList__Output {
  'items': (_agentvault_identity_v1_OrganizationMember__Output)[];
}
