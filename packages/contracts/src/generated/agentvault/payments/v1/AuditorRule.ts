// Original file: proto/agentvault/payments/v1/payments.proto


export interface AuditorRule {
  'rule_code'?: (string);
  'description'?: (string);
  'enabled'?: (boolean);
  'thresholds_json'?: (string);
  'severity'?: (string);
  'updated_at'?: (string);
}

export interface AuditorRule__Output {
  'rule_code': (string);
  'description': (string);
  'enabled': (boolean);
  'thresholds_json': (string);
  'severity': (string);
  'updated_at': (string);
}
