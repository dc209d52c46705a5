// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ApplyPenaltyRequest {
  'from_did'?: (string);
  'to_did'?: (string);
  'amount'?: (string);
  'key'?: (string);
  'reason'?: (string);
}

export interface ApplyPenaltyRequest__Output {
  'from_did': (string);
  'to_did': (string);
  'amount': (string);
  'key': (string);
  'reason': (string);
}
