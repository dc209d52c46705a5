// Original file: proto/agentvault/payments/v1/payments.proto


export interface AvtpReport {
  'log_id'?: (string);
  'avtp_transaction_id'?: (string);
  'status'?: (string);
  'outcome_status'?: (string);
  'responding_agent_did'?: (string);
  'reputation_delta'?: (number);
  'reputation_applied'?: (boolean);
  'created_at'?: (string);
}

export interface AvtpReport__Output {
  'log_id': (string);
  'avtp_transaction_id': (string);
  'status': (string);
  'outcome_status': (string);
  'responding_agent_did': (string);
  'reputation_delta': (number);
  'reputation_applied': (boolean);
  'created_at': (string);
}
