// Original file: proto/agentvault/federation/v1/federation.proto


export interface SlashOutcome {
  'status'?: (string);
  'reason'?: (string);
  'penalty_transaction_id'?: (string);
  'registry'?: (string);
  'new_reputation_score'?: (number);
}

export interface SlashOutcome__Output {
  'status': (string);
  'reason': (string);
  'penalty_transaction_id': (string);
  'registry': (string);
  'new_reputation_score': (number);
}
