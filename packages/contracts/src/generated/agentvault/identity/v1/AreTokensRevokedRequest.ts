// Original file: proto/agentvault/identity/v1/identity.proto

import type { IsTokenRevokedRequest as _agentvault_identity_v1_IsTokenRevokedRequest, IsTokenRevokedRequest__Output as _agentvault_identity_v1_IsTokenRevokedRequest__Output } from '../../../agentvault/identity/v1/IsTokenRevokedRequest.js';

export interface AreTokensRevokedRequest {
  'tokens'?: (_agentvault_identity_v1_IsTokenRevokedRequest)[];
}

export interface AreTokensRevokedRequest__Output {
  'tokens': (_agentvault_identity_v1_IsTokenRevokedRequest__Output)[];
}
