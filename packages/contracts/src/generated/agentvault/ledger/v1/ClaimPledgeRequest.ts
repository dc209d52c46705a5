// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ClaimPledgeRequest {
  'pledge_id'?: (string);
  'agent_did'?: (string);
  'amount'?: (string);
}

export interface ClaimPledgeRequest__Output {
  'pledge_id': (string);
  'agent_did': (string);
  'amount': (string);
}
