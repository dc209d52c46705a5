// Original file: proto/agentvault/governance/v1/governance.proto


export interface Proposal {
  'proposal_id'?: (string);
  'proposer_did'?: (string);
  'title'?: (string);
  'description'?: (string);
  'proposal_type'?: (string);
  'parameters_json'?: (string);
  'status'?: (string);
  'created_at'?: (string);
  'voting_ends_at'?: (string);
  'snapshot_total_power'?: (string);
  'quorum_power'?: (string);
  'votes_for'?: (string);
  'votes_against'?: (string);
  'votes_abstain'?: (string);
  'total_voters'?: (number);
  'tallied_at'?: (string);
  'execution_status'?: (string);
  'execution_result'?: (string);
  'executed_at'?: (string);
  'pass_threshold_percent'?: (string);
  'quorum_percent'?: (string);
  'scope'?: (string);
  'origin_registry'?: (string);
  'origin_proposal_id'?: (string);
  'federation_json'?: (string);
}

export interface Proposal__Output {
  'proposal_id': (string);
  'proposer_did': (string);
  'title': (string);
  'description': (string);
  'proposal_type': (string);
  'parameters_json': (string);
  'status': (string);
  'created_at': (string);
  'voting_ends_at': (string);
  'snapshot_total_power': (string);
  'quorum_power': (string);
  'votes_for': (string);
  'votes_against': (string);
  'votes_abstain': (string);
  'total_voters': (number);
  'tallied_at': (string);
  'execution_status': (string);
  'execution_result': (string);
  'executed_at': (string);
  'pass_threshold_percent': (string);
  'quorum_percent': (string);
  'scope': (string);
  'origin_registry': (string);
  'origin_proposal_id': (string);
  'federation_json': (string);
}
