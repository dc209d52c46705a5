// Original file: proto/agentvault/identity/v1/identity.proto

import type { ApiKeyInfo as _agentvault_identity_v1_ApiKeyInfo, ApiKeyInfo__Output as _agentvault_identity_v1_ApiKeyInfo__Output } from '../../../agentvault/identity/v1/ApiKeyInfo.js';

export interface OrganizationApiKey {
  'api_key'?: (_agentvault_identity_v1_ApiKeyInfo | null);
  'developer_id'?: (string);
  'organization_id'?: (string);
}

export interface OrganizationApiKey__Output {
  'api_key': (_agentvault_identity_v1_ApiKeyInfo__Output | null);
  'developer_id': (string);
  'organization_id': (string);
}
