// Original file: proto/agentvault/identity/v1/identity.proto

import type { ApiKeyInfo as _agentvault_identity_v1_ApiKeyInfo, ApiKeyInfo__Output as _agentvault_identity_v1_ApiKeyInfo__Output } from '../../../agentvault/identity/v1/ApiKeyInfo.js';

export interface ApiKeyList {
  'items'?: (_agentvault_identity_v1_ApiKeyInfo)[];
}

export interface ApiKeyList__Output {
  'items': (_agentvault_identity_v1_ApiKeyInfo__Output)[];
}
