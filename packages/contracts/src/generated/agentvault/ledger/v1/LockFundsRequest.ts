// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface LockFundsRequest {
  'agent_did'?: (string);
  'amount'?: (string);
  'reference'?: (string);
  'reason'?: (string);
}

export interface LockFundsRequest__Output {
  'agent_did': (string);
  'amount': (string);
  'reference': (string);
  'reason': (string);
}
