// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface DiscoverRequest {
  'query'?: (string);
  'category'?: (string);
  'tags'?: (string)[];
  'min_price'?: (string);
  'max_price'?: (string);
  'has_free_tier'?: (boolean);
  'sort_by'?: (string);
  'status'?: (string);
  'provider_did'?: (string);
  'limit'?: (number);
  'offset'?: (number);
  '_has_free_tier'?: "has_free_tier";
}

export interface DiscoverRequest__Output {
  'query': (string);
  'category': (string);
  'tags': (string)[];
  'min_price': (string);
  'max_price': (string);
  'has_free_tier'?: (boolean);
  'sort_by': (string);
  'status': (string);
  'provider_did': (string);
  'limit': (number);
  'offset': (number);
  '_has_free_tier'?: "has_free_tier";
}
