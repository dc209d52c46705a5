// Original file: proto/agentvault/identity/v1/identity.proto


export interface SearchAgentsRequest {
  'search'?: (string);
  'active_only'?: (boolean);
  'limit'?: (number);
  'offset'?: (number);
}

export interface SearchAgentsRequest__Output {
  'search': (string);
  'active_only': (boolean);
  'limit': (number);
  'offset': (number);
}
