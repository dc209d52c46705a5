// Original file: proto/agentvault/identity/v1/identity.proto

import type { Developer as _agentvault_identity_v1_Developer, Developer__Output as _agentvault_identity_v1_Developer__Output } from '../../../agentvault/identity/v1/Developer.js';

export interface RegisterDeveloperResponse {
  'developer'?: (_agentvault_identity_v1_Developer | null);
  'recovery_keys'?: (string)[];
}

export interface RegisterDeveloperResponse__Output {
  'developer': (_agentvault_identity_v1_Developer__Output | null);
  'recovery_keys': (string)[];
}
