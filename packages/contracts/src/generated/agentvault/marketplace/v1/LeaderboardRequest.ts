// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface LeaderboardRequest {
  'limit'?: (number);
  'category'?: (string);
  'min_calls'?: (number);
}

export interface LeaderboardRequest__Output {
  'limit': (number);
  'category': (string);
  'min_calls': (number);
}
