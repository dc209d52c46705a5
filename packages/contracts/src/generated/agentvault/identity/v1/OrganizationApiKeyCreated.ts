// Original file: proto/agentvault/identity/v1/identity.proto

import type { OrganizationApiKey as _agentvault_identity_v1_OrganizationApiKey, OrganizationApiKey__Output as _agentvault_identity_v1_OrganizationApiKey__Output } from '../../../agentvault/identity/v1/OrganizationApiKey.js';

export interface OrganizationApiKeyCreated {
  'plain_api_key'?: (string);
  'key'?: (_agentvault_identity_v1_OrganizationApiKey | null);
}

export interface OrganizationApiKeyCreated__Output {
  'plain_api_key': (string);
  'key': (_agentvault_identity_v1_OrganizationApiKey__Output | null);
}
