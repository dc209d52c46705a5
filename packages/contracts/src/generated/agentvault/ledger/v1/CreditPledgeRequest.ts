// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface CreditPledgeRequest {
  'pledge_id'?: (string);
  'agent_did'?: (string);
  'amount'?: (string);
  'reason'?: (string);
}

export interface CreditPledgeRequest__Output {
  'pledge_id': (string);
  'agent_did': (string);
  'amount': (string);
  'reason': (string);
}
