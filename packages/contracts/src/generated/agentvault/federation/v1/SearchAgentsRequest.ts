// Original file: proto/agentvault/federation/v1/federation.proto


export interface SearchAgentsRequest {
  'search'?: (string);
  'tags'?: (string)[];
  'active_only'?: (boolean);
  'include_federated'?: (boolean);
  'limit'?: (number);
  'offset'?: (number);
  'registry'?: (string);
}

export interface SearchAgentsRequest__Output {
  'search': (string);
  'tags': (string)[];
  'active_only': (boolean);
  'include_federated': (boolean);
  'limit': (number);
  'offset': (number);
  'registry': (string);
}
