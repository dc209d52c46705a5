// Original file: proto/agentvault/staking/v1/staking.proto


export interface UndelegateRequest {
  'delegator_did'?: (string);
  'delegation_id'?: (string);
}

export interface UndelegateRequest__Output {
  'delegator_did': (string);
  'delegation_id': (string);
}
