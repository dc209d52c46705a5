// Original file: proto/agentvault/staking/v1/staking.proto


export interface ListDelegationsRequest {
  'delegator_did'?: (string);
  'validator_did'?: (string);
  'active_only'?: (boolean);
}

export interface ListDelegationsRequest__Output {
  'delegator_did': (string);
  'validator_did': (string);
  'active_only': (boolean);
}
