// Original file: proto/agentvault/governance/v1/governance.proto


export interface RecordPeerTallyRequest {
  'proposal_id'?: (string);
  'registry'?: (string);
  'votes_for'?: (string);
  'votes_against'?: (string);
  'votes_abstain'?: (string);
  'total_voters'?: (number);
  'snapshot_total_power'?: (string);
  'tallied_at'?: (string);
  'signed_tally'?: (string);
  'kid'?: (string);
}

export interface RecordPeerTallyRequest__Output {
  'proposal_id': (string);
  'registry': (string);
  'votes_for': (string);
  'votes_against': (string);
  'votes_abstain': (string);
  'total_voters': (number);
  'snapshot_total_power': (string);
  'tallied_at': (string);
  'signed_tally': (string);
  'kid': (string);
}
