// Original file: proto/agentvault/federation/v1/federation.proto


export interface DeliverSlashRequest {
  'ruling_id'?: (string);
  'registry'?: (string);
  'agent_did'?: (string);
  'token_penalty'?: (string);
  'reputation_adjustment'?: (number);
  'reason'?: (string);
}

export interface DeliverSlashRequest__Output {
  'ruling_id': (string);
  'registry': (string);
  'agent_did': (string);
  'token_penalty': (string);
  'reputation_adjustment': (number);
  'reason': (string);
}
