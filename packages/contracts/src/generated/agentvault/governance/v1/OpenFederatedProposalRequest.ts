// Original file: proto/agentvault/governance/v1/governance.proto


export interface OpenFederatedProposalRequest {
  'origin_registry'?: (string);
  'origin_proposal_id'?: (string);
  'proposer_did'?: (string);
  'title'?: (string);
  'description'?: (string);
  'voting_ends_at'?: (string);
}

export interface OpenFederatedProposalRequest__Output {
  'origin_registry': (string);
  'origin_proposal_id': (string);
  'proposer_did': (string);
  'title': (string);
  'description': (string);
  'voting_ends_at': (string);
}
