// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ReversePledgeRequest {
  'pledge_id'?: (string);
  'agent_did'?: (string);
  'amount'?: (string);
  'step'?: (string);
}

export interface ReversePledgeRequest__Output {
  'pledge_id': (string);
  'agent_did': (string);
  'amount': (string);
  'step': (string);
}
