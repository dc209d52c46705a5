// Original file: proto/agentvault/identity/v1/identity.proto

import type { Long } from '@grpc/proto-loader';

export interface SetNewPasswordRequest {
  'developer_id'?: (string);
  'recovery_token_id'?: (string);
  'recovery_token_expires_at'?: (number | string | Long);
  'new_password'?: (string);
}

export interface SetNewPasswordRequest__Output {
  'developer_id': (string);
  'recovery_token_id': (string);
  'recovery_token_expires_at': (string);
  'new_password': (string);
}
