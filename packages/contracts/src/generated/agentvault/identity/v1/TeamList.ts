// Original file: proto/agentvault/identity/v1/identity.proto

import type { Team as _agentvault_identity_v1_Team, Team__Output as _agentvault_identity_v1_Team__Output } from '../../../agentvault/identity/v1/Team.js';

export interface TeamList {
  'items'?: (_agentvault_identity_v1_Team)[];
}

export interface TeamList__Output {
  'items': (_agentvault_identity_v1_Team__Output)[];
}
