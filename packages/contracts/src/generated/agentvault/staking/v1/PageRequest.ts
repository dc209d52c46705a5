// Original file: proto/agentvault/staking/v1/staking.proto


export interface PageRequest {
  'limit'?: (number);
  'offset'?: (number);
}

export interface PageRequest__Output {
  'limit': (number);
  'offset': (number);
}
