// Original file: proto/agentvault/identity/v1/identity.proto

import type { ApiKeyInfo as _agentvault_identity_v1_ApiKeyInfo, ApiKeyInfo__Output as _agentvault_identity_v1_ApiKeyInfo__Output } from '../../../agentvault/identity/v1/ApiKeyInfo.js';

export interface CreateApiKeyResponse {
  'plain_api_key'?: (string);
  'api_key_info'?: (_agentvault_identity_v1_ApiKeyInfo | null);
}

export interface CreateApiKeyResponse__Output {
  'plain_api_key': (string);
  'api_key_info': (_agentvault_identity_v1_ApiKeyInfo__Output | null);
}
