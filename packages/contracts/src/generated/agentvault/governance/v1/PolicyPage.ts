// Original file: proto/agentvault/governance/v1/governance.proto

import type { Policy as _agentvault_governance_v1_Policy, Policy__Output as _agentvault_governance_v1_Policy__Output } from '../../../agentvault/governance/v1/Policy.js';

export interface PolicyPage {
  'items'?: (_agentvault_governance_v1_Policy)[];
  'total'?: (number);
}

export interface PolicyPage__Output {
  'items': (_agentvault_governance_v1_Policy__Output)[];
  'total': (number);
}
