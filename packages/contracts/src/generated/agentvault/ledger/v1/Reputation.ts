// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface Reputation {
  'agent_id'?: (string);
  'reputation_score'?: (number);
  'reputation_tier'?: (string);
  'last_updated'?: (string);
  'total_signals'?: (number);
  'positive_signals'?: (number);
  'negative_signals'?: (number);
  'rank'?: (number);
}

export interface Reputation__Output {
  'agent_id': (string);
  'reputation_score': (number);
  'reputation_tier': (string);
  'last_updated': (string);
  'total_signals': (number);
  'positive_signals': (number);
  'negative_signals': (number);
  'rank': (number);
}
