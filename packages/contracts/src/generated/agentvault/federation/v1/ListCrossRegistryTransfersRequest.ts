// Original file: proto/agentvault/federation/v1/federation.proto


export interface ListCrossRegistryTransfersRequest {
  'agent_did'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListCrossRegistryTransfersRequest__Output {
  'agent_did': (string);
  'limit': (number);
  'offset': (number);
}
