// Original file: proto/agentvault/payments/v1/payments.proto


export interface ContractRef {
  'contract_id'?: (string);
}

export interface ContractRef__Output {
  'contract_id': (string);
}
