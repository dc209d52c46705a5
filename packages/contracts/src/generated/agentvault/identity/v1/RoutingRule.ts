// Original file: proto/agentvault/identity/v1/identity.proto


export interface RoutingRule {
  'id'?: (string);
  'team_id'?: (string);
  'name'?: (string);
  'keywords'?: (string)[];
  'target_agent_did'?: (string);
  'priority'?: (number);
  'enabled'?: (boolean);
  'created_at'?: (string);
}

export interface RoutingRule__Output {
  'id': (string);
  'team_id': (string);
  'name': (string);
  'keywords': (string)[];
  'target_agent_did': (string);
  'priority': (number);
  'enabled': (boolean);
  'created_at': (string);
}
