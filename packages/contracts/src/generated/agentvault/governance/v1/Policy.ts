// Original file: proto/agentvault/governance/v1/governance.proto


export interface Policy {
  'policy_id'?: (string);
  'policy_code'?: (string);
  'policy_name'?: (string);
  'policy_type'?: (string);
  'policy_version'?: (string);
  'description'?: (string);
  'parameters_json'?: (string);
  'circuit_identifier'?: (string);
  'enforcement_level'?: (string);
  'reward_amount'?: (string);
  'rules_document_url'?: (string);
  'is_active'?: (boolean);
  'created_at'?: (string);
  'updated_at'?: (string);
}

export interface Policy__Output {
  'policy_id': (string);
  'policy_code': (string);
  'policy_name': (string);
  'policy_type': (string);
  'policy_version': (string);
  'description': (string);
  'parameters_json': (string);
  'circuit_identifier': (string);
  'enforcement_level': (string);
  'reward_amount': (string);
  'rules_document_url': (string);
  'is_active': (boolean);
  'created_at': (string);
  'updated_at': (string);
}
