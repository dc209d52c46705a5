// Original file: proto/agentvault/federation/v1/federation.proto


export interface AgentCardsForSyncRequest {
  'since'?: (string);
  'limit'?: (number);
}

export interface AgentCardsForSyncRequest__Output {
  'since': (string);
  'limit': (number);
}
