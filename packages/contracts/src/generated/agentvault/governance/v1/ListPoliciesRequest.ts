// Original file: proto/agentvault/governance/v1/governance.proto


export interface ListPoliciesRequest {
  'active_only'?: (boolean);
  'policy_type'?: (string);
}

export interface ListPoliciesRequest__Output {
  'active_only': (boolean);
  'policy_type': (string);
}
