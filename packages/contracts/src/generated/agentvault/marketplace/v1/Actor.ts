// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface Actor {
  'agent_did'?: (string);
  'developer_id'?: (string);
  'admin'?: (boolean);
}

export interface Actor__Output {
  'agent_did': (string);
  'developer_id': (string);
  'admin': (boolean);
}
