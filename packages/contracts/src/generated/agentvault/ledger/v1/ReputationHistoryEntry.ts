// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ReputationHistoryEntry {
  'timestamp'?: (string);
  'signal_value'?: (number);
  'score_change'?: (number);
  'new_score'?: (number);
  'reason'?: (string);
  'related_transaction_id'?: (string);
  'signaled_by'?: (string);
}

export interface ReputationHistoryEntry__Output {
  'timestamp': (string);
  'signal_value': (number);
  'score_change': (number);
  'new_score': (number);
  'reason': (string);
  'related_transaction_id': (string);
  'signaled_by': (string);
}
