// Original file: proto/agentvault/identity/v1/identity.proto

import type { Long } from '@grpc/proto-loader';

export interface AuthenticateSignedRequestRequest {
  'did'?: (string);
  'method'?: (string);
  'path'?: (string);
  'body_sha256'?: (string);
  'timestamp'?: (number | string | Long);
  'signature'?: (string);
}

export interface AuthenticateSignedRequestRequest__Output {
  'did': (string);
  'method': (string);
  'path': (string);
  'body_sha256': (string);
  'timestamp': (string);
  'signature': (string);
}
