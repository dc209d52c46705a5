// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface TrendingRequest {
  'hours'?: (number);
  'limit'?: (number);
}

export interface TrendingRequest__Output {
  'hours': (number);
  'limit': (number);
}
