// Original file: proto/agentvault/payments/v1/payments.proto


export interface AuditorFlag {
  'flag_id'?: (string);
  'flagged_agent_did'?: (string);
  'rule_violated_code'?: (string);
  'flag_reason'?: (string);
  'severity'?: (string);
  'status'?: (string);
  'related_transaction_ids'?: (string)[];
  'flagged_by'?: (string);
  'admin_notes'?: (string);
  'escalation_reason'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
}

export interface AuditorFlag__Output {
  'flag_id': (string);
  'flagged_agent_did': (string);
  'rule_violated_code': (string);
  'flag_reason': (string);
  'severity': (string);
  'status': (string);
  'related_transaction_ids': (string)[];
  'flagged_by': (string);
  'admin_notes': (string);
  'escalation_reason': (string);
  'created_at': (string);
  'updated_at': (string);
}
