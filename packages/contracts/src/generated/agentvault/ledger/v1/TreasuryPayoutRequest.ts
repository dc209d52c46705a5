// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface TreasuryPayoutRequest {
  'agent_did'?: (string);
  'amount'?: (string);
  'reference'?: (string);
  'reason'?: (string);
  'to_locked'?: (boolean);
}

export interface TreasuryPayoutRequest__Output {
  'agent_did': (string);
  'amount': (string);
  'reference': (string);
  'reason': (string);
  'to_locked': (boolean);
}
