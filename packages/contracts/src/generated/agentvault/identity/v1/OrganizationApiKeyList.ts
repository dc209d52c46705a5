// Original file: proto/agentvault/identity/v1/identity.proto

import type { OrganizationApiKey as _agentvault_identity_v1_OrganizationApiKey, OrganizationApiKey__Output as _agentvault_identity_v1_OrganizationApiKey__Output } from '../../../agentvault/identity/v1/OrganizationApiKey.js';

export interface OrganizationApiKeyList {
  'items'?: (_agentvault_identity_v1_OrganizationApiKey)[];
}

export interface OrganizationApiKeyList__Output {
  'items': (_agentvault_identity_v1_OrganizationApiKey__Output)[];
}
