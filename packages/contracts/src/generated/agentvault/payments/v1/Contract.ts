// Original file: proto/agentvault/payments/v1/payments.proto


export interface Contract {
  'contract_id'?: (string);
  'client_agent_did'?: (string);
  'provider_agent_did'?: (string);
  'description'?: (string);
  'price'?: (string);
  'deadline'?: (string);
  'status'?: (string);
  'result_pointer'?: (string);
  'hold_id'?: (string);
  'transaction_id'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  'accepted_at'?: (string);
  'submitted_at'?: (string);
  'completed_at'?: (string);
  'dispute_id'?: (string);
}

export interface Contract__Output {
  'contract_id': (string);
  'client_agent_did': (string);
  'provider_agent_did': (string);
  'description': (string);
  'price': (string);
  'deadline': (string);
  'status': (string);
  'result_pointer': (string);
  'hold_id': (string);
  'transaction_id': (string);
  'created_at': (string);
  'updated_at': (string);
  'accepted_at': (string);
  'submitted_at': (string);
  'completed_at': (string);
  'dispute_id': (string);
}
