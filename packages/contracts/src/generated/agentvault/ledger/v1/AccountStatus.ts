// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface AccountStatus {
  'agent_did'?: (string);
  'status'?: (string);
}

export interface AccountStatus__Output {
  'agent_did': (string);
  'status': (string);
}
