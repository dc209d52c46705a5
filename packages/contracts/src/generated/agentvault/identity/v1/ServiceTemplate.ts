// Original file: proto/agentvault/identity/v1/identity.proto


export interface ServiceTemplate {
  'name'?: (string);
  'category'?: (string);
  'price_per_call'?: (string);
  'free_tier_calls'?: (number);
  'description'?: (string);
}

export interface ServiceTemplate__Output {
  'name': (string);
  'category': (string);
  'price_per_call': (string);
  'free_tier_calls': (number);
  'description': (string);
}
