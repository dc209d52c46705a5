// Original file: proto/agentvault/payments/v1/payments.proto


export interface ListAuditorFlagsRequest {
  'status'?: (string);
  'severity'?: (string);
  'agent_did'?: (string);
  'rule_code'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListAuditorFlagsRequest__Output {
  'status': (string);
  'severity': (string);
  'agent_did': (string);
  'rule_code': (string);
  'limit': (number);
  'offset': (number);
}
