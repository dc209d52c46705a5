// Original file: proto/agentvault/payments/v1/payments.proto


export interface AuditorFlagEscalation {
  'flag_id'?: (string);
  'old_severity'?: (string);
  'new_severity'?: (string);
  'escalation_reason'?: (string);
  'updated_at'?: (string);
}

export interface AuditorFlagEscalation__Output {
  'flag_id': (string);
  'old_severity': (string);
  'new_severity': (string);
  'escalation_reason': (string);
  'updated_at': (string);
}
