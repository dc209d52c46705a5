// Original file: proto/agentvault/payments/v1/payments.proto


export interface ReportAvtpTransactionRequest {
  'reporter_did'?: (string);
  'avtp_transaction_id'?: (string);
  'initiating_agent_did'?: (string);
  'responding_agent_did'?: (string);
  'service_identifier'?: (string);
  'price_avt'?: (string);
  'outcome_status'?: (string);
  'sla_identifier_referenced'?: (string);
  'raw_log_pointer'?: (string);
}

export interface ReportAvtpTransactionRequest__Output {
  'reporter_did': (string);
  'avtp_transaction_id': (string);
  'initiating_agent_did': (string);
  'responding_agent_did': (string);
  'service_identifier': (string);
  'price_avt': (string);
  'outcome_status': (string);
  'sla_identifier_referenced': (string);
  'raw_log_pointer': (string);
}
