// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface FundingRequestRecord {
  'request_id'?: (string);
  'agent_did'?: (string);
  'amount'?: (string);
  'reason'?: (string);
  'status'?: (string);
  'created_at'?: (string);
  'decided_at'?: (string);
  'decided_by'?: (string);
  'decision_reason'?: (string);
  'transaction_id'?: (string);
}

export interface FundingRequestRecord__Output {
  'request_id': (string);
  'agent_did': (string);
  'amount': (string);
  'reason': (string);
  'status': (string);
  'created_at': (string);
  'decided_at': (string);
  'decided_by': (string);
  'decision_reason': (string);
  'transaction_id': (string);
}
