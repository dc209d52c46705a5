// Original file: proto/agentvault/payments/v1/payments.proto


export interface ContractAction {
  'contract_id'?: (string);
  'agent_did'?: (string);
}

export interface ContractAction__Output {
  'contract_id': (string);
  'agent_did': (string);
}
