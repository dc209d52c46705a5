// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface RequestFundingRequest {
  'agent_did'?: (string);
  'amount'?: (string);
  'reason'?: (string);
}

export interface RequestFundingRequest__Output {
  'agent_did': (string);
  'amount': (string);
  'reason': (string);
}
