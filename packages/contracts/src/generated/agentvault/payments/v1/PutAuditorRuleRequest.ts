// Original file: proto/agentvault/payments/v1/payments.proto


export interface PutAuditorRuleRequest {
  'rule_code'?: (string);
  'thresholds_json'?: (string);
  'enabled'?: (string);
  'description'?: (string);
  'severity'?: (string);
}

export interface PutAuditorRuleRequest__Output {
  'rule_code': (string);
  'thresholds_json': (string);
  'enabled': (string);
  'description': (string);
  'severity': (string);
}
