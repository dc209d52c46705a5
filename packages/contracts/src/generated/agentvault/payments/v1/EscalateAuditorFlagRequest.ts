// Original file: proto/agentvault/payments/v1/payments.proto


export interface EscalateAuditorFlagRequest {
  'flag_id'?: (string);
  'new_severity'?: (string);
  'escalation_reason'?: (string);
}

export interface EscalateAuditorFlagRequest__Output {
  'flag_id': (string);
  'new_severity': (string);
  'escalation_reason': (string);
}
