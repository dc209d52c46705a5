// Original file: proto/agentvault/payments/v1/payments.proto


export interface AddDisputeEvidenceRequest {
  'dispute_id'?: (string);
  'agent_did'?: (string);
  'evidence_pointer'?: (string);
  'description'?: (string);
}

export interface AddDisputeEvidenceRequest__Output {
  'dispute_id': (string);
  'agent_did': (string);
  'evidence_pointer': (string);
  'description': (string);
}
