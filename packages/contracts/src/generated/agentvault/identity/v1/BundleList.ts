// Original file: proto/agentvault/identity/v1/identity.proto

import type { Bundle as _agentvault_identity_v1_Bundle, Bundle__Output as _agentvault_identity_v1_Bundle__Output } from '../../../agentvault/identity/v1/Bundle.js';

export interface BundleList {
  'items'?: (_agentvault_identity_v1_Bundle)[];
}

export interface BundleList__Output {
  'items': (_agentvault_identity_v1_Bundle__Output)[];
}
