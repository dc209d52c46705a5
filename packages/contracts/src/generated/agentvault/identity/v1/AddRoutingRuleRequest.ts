// Original file: proto/agentvault/identity/v1/identity.proto


export interface AddRoutingRuleRequest {
  'developer_id'?: (string);
  'team_id'?: (string);
  'name'?: (string);
  'keywords'?: (string)[];
  'target_agent_did'?: (string);
  'priority'?: (number);
}

export interface AddRoutingRuleRequest__Output {
  'developer_id': (string);
  'team_id': (string);
  'name': (string);
  'keywords': (string)[];
  'target_agent_did': (string);
  'priority': (number);
}
