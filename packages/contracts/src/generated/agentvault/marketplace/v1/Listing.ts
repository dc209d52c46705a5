// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface Listing {
  'id'?: (string);
  'provider_did'?: (string);
  'name'?: (string);
  'description'?: (string);
  'endpoint'?: (string);
  'price_per_call'?: (string);
  'category'?: (string);
  'tags'?: (string)[];
  'free_tier_calls'?: (number);
  'status'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
}

export interface Listing__Output {
  'id': (string);
  'provider_did': (string);
  'name': (string);
  'description': (string);
  'endpoint': (string);
  'price_per_call': (string);
  'category': (string);
  'tags': (string)[];
  'free_tier_calls': (number);
  'status': (string);
  'created_at': (string);
  'updated_at': (string);
}
