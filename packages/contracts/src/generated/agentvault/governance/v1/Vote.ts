// Original file: proto/agentvault/governance/v1/governance.proto


export interface Vote {
  'vote_id'?: (string);
  'proposal_id'?: (string);
  'voter_did'?: (string);
  'choice'?: (string);
  'voting_power'?: (string);
  'reason'?: (string);
  'created_at'?: (string);
}

export interface Vote__Output {
  'vote_id': (string);
  'proposal_id': (string);
  'voter_did': (string);
  'choice': (string);
  'voting_power': (string);
  'reason': (string);
  'created_at': (string);
}
