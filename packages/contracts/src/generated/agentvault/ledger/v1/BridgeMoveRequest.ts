// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface BridgeMoveRequest {
  'kind'?: (string);
  'reference'?: (string);
  'peer'?: (string);
  'agent_did'?: (string);
  'amount'?: (string);
  'memo'?: (string);
  'hold_id'?: (string);
}

export interface BridgeMoveRequest__Output {
  'kind': (string);
  'reference': (string);
  'peer': (string);
  'agent_did': (string);
  'amount': (string);
  'memo': (string);
  'hold_id': (string);
}
