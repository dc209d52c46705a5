// Original file: proto/agentvault/governance/v1/governance.proto


export interface CreateProposalRequest {
  'proposer_did'?: (string);
  'title'?: (string);
  'description'?: (string);
  'proposal_type'?: (string);
  'parameters_json'?: (string);
  'voting_period_seconds'?: (number);
  'scope'?: (string);
}

export interface CreateProposalRequest__Output {
  'proposer_did': (string);
  'title': (string);
  'description': (string);
  'proposal_type': (string);
  'parameters_json': (string);
  'voting_period_seconds': (number);
  'scope': (string);
}
