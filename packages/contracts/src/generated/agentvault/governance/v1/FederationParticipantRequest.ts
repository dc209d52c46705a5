// Original file: proto/agentvault/governance/v1/governance.proto


export interface FederationParticipantRequest {
  'proposal_id'?: (string);
  'registry'?: (string);
}

export interface FederationParticipantRequest__Output {
  'proposal_id': (string);
  'registry': (string);
}
