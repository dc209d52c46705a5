// Original file: proto/agentvault/identity/v1/identity.proto

import type { Long } from '@grpc/proto-loader';

export interface RevokeTokenRequest {
  'jti'?: (string);
  'expires_at'?: (number | string | Long);
}

export interface RevokeTokenRequest__Output {
  'jti': (string);
  'expires_at': (string);
}
