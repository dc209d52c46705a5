// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface SetAgentSuspendedRequest {
  'did'?: (string);
  'suspended'?: (boolean);
  'reason'?: (string);
}

export interface SetAgentSuspendedRequest__Output {
  'did': (string);
  'suspended': (boolean);
  'reason': (string);
}
