// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ReputationAdjustment {
  'agent_did'?: (string);
  'delta'?: (number);
  'old_score'?: (number);
  'new_score'?: (number);
  'replayed'?: (boolean);
}

export interface ReputationAdjustment__Output {
  'agent_did': (string);
  'delta': (number);
  'old_score': (number);
  'new_score': (number);
  'replayed': (boolean);
}
