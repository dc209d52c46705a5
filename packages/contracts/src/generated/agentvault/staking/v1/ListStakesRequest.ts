// Original file: proto/agentvault/staking/v1/staking.proto


export interface ListStakesRequest {
  'agent_did'?: (string);
  'active_only'?: (boolean);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListStakesRequest__Output {
  'agent_did': (string);
  'active_only': (boolean);
  'limit': (number);
  'offset': (number);
}
