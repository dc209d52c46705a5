// Original file: proto/agentvault/governance/v1/governance.proto


export interface PolicyInput {
  'policy_id'?: (string);
  'policy_code'?: (string);
  'policy_name'?: (string);
  'policy_type'?: (string);
  'description'?: (string);
  'parameters_json'?: (string);
  'circuit_identifier'?: (string);
  'enforcement_level'?: (string);
  'reward_amount'?: (string);
  'rules_document_url'?: (string);
  'is_active'?: (string);
}

export interface PolicyInput__Output {
  'policy_id': (string);
  'policy_code': (string);
  'policy_name': (string);
  'policy_type': (string);
  'description': (string);
  'parameters_json': (string);
  'circuit_identifier': (string);
  'enforcement_level': (string);
  'reward_amount': (string);
  'rules_document_url': (string);
  'is_active': (string);
}
