// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ServiceTemplate {
  'name'?: (string);
  'description'?: (string);
  'category'?: (string);
  'tags'?: (string)[];
  'price_per_call'?: (string);
  'free_tier_calls'?: (number);
}

export interface ServiceTemplate__Output {
  'name': (string);
  'description': (string);
  'category': (string);
  'tags': (string)[];
  'price_per_call': (string);
  'free_tier_calls': (number);
}
