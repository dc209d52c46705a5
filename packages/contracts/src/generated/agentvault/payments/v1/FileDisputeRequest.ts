// Original file: proto/agentvault/payments/v1/payments.proto


export interface FileDisputeRequest {
  'claimant_did'?: (string);
  'defendant_did'?: (string);
  'transaction_id'?: (string);
  'contract_id'?: (string);
  'reason_code'?: (string);
  'description'?: (string);
  'evidence_pointer'?: (string);
  'defendant_registry'?: (string);
}

export interface FileDisputeRequest__Output {
  'claimant_did': (string);
  'defendant_did': (string);
  'transaction_id': (string);
  'contract_id': (string);
  'reason_code': (string);
  'description': (string);
  'evidence_pointer': (string);
  'defendant_registry': (string);
}
