// Original file: proto/agentvault/governance/v1/governance.proto


export interface CastVoteRequest {
  'proposal_id'?: (string);
  'voter_did'?: (string);
  'choice'?: (string);
  'reason'?: (string);
}

export interface CastVoteRequest__Output {
  'proposal_id': (string);
  'voter_did': (string);
  'choice': (string);
  'reason': (string);
}
