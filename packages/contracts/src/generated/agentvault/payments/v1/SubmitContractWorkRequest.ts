// Original file: proto/agentvault/payments/v1/payments.proto


export interface SubmitContractWorkRequest {
  'contract_id'?: (string);
  'agent_did'?: (string);
  'result_pointer'?: (string);
}

export interface SubmitContractWorkRequest__Output {
  'contract_id': (string);
  'agent_did': (string);
  'result_pointer': (string);
}
