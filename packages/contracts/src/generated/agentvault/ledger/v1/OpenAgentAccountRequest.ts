// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface OpenAgentAccountRequest {
  'did'?: (string);
  'developer_id'?: (string);
}

export interface OpenAgentAccountRequest__Output {
  'did': (string);
  'developer_id': (string);
}
