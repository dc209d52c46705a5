// Original file: proto/agentvault/identity/v1/identity.proto

import type { BundleIdempotency as _agentvault_identity_v1_BundleIdempotency, BundleIdempotency__Output as _agentvault_identity_v1_BundleIdempotency__Output } from '../../../agentvault/identity/v1/BundleIdempotency.js';

export interface RestoreBundleRequest {
  'developer_id'?: (string);
  'bundle_id'?: (string);
  'idempotency'?: (_agentvault_identity_v1_BundleIdempotency | null);
}

export interface RestoreBundleRequest__Output {
  'developer_id': (string);
  'bundle_id': (string);
  'idempotency': (_agentvault_identity_v1_BundleIdempotency__Output | null);
}
