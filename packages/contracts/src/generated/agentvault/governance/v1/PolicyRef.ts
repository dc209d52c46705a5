// Original file: proto/agentvault/governance/v1/governance.proto


export interface PolicyRef {
  'policy_id'?: (string);
}

export interface PolicyRef__Output {
  'policy_id': (string);
}
