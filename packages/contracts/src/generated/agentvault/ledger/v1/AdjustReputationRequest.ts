// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface AdjustReputationRequest {
  'agent_did'?: (string);
  'delta'?: (number);
  'key'?: (string);
  'reason'?: (string);
}

export interface AdjustReputationRequest__Output {
  'agent_did': (string);
  'delta': (number);
  'key': (string);
  'reason': (string);
}
