// Original file: proto/agentvault/governance/v1/governance.proto


export interface ProposalRef {
  'proposal_id'?: (string);
}

export interface ProposalRef__Output {
  'proposal_id': (string);
}
