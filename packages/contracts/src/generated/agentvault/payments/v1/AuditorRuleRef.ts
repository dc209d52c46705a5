// Original file: proto/agentvault/payments/v1/payments.proto


export interface AuditorRuleRef {
  'rule_code'?: (string);
}

export interface AuditorRuleRef__Output {
  'rule_code': (string);
}
