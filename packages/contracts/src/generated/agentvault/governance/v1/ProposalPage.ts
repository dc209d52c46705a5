// Original file: proto/agentvault/governance/v1/governance.proto

import type { Proposal as _agentvault_governance_v1_Proposal, Proposal__Output as _agentvault_governance_v1_Proposal__Output } from '../../../agentvault/governance/v1/Proposal.js';

export interface ProposalPage {
  'items'?: (_agentvault_governance_v1_Proposal)[];
  'total'?: (number);
}

export interface ProposalPage__Output {
  'items': (_agentvault_governance_v1_Proposal__Output)[];
  'total': (number);
}
