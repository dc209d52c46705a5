// Original file: proto/agentvault/federation/v1/federation.proto


export interface CrossRegistryTransferRef {
  'transfer_id'?: (string);
  'agent_did'?: (string);
}

export interface CrossRegistryTransferRef__Output {
  'transfer_id': (string);
  'agent_did': (string);
}
