// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface ClaimPurchaseRequest {
  'session_id'?: (string);
  'developer_id'?: (string);
  'agent_did'?: (string);
}

export interface ClaimPurchaseRequest__Output {
  'session_id': (string);
  'developer_id': (string);
  'agent_did': (string);
}
