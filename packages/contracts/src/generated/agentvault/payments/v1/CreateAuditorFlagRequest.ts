// Original file: proto/agentvault/payments/v1/payments.proto


export interface CreateAuditorFlagRequest {
  'flagged_by'?: (string);
  'flagged_agent_did'?: (string);
  'rule_code'?: (string);
  'flag_reason'?: (string);
  'severity'?: (string);
  'related_transaction_ids'?: (string)[];
}

export interface CreateAuditorFlagRequest__Output {
  'flagged_by': (string);
  'flagged_agent_did': (string);
  'rule_code': (string);
  'flag_reason': (string);
  'severity': (string);
  'related_transaction_ids': (string)[];
}
