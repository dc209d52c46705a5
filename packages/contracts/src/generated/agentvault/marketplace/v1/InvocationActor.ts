// Original file: proto/agentvault/marketplace/v1/invocation.proto


export interface InvocationActor {
  'agent_did'?: (string);
  'developer_id'?: (string);
  'admin'?: (boolean);
}

export interface InvocationActor__Output {
  'agent_did': (string);
  'developer_id': (string);
  'admin': (boolean);
}
