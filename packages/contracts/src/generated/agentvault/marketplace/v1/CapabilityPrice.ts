// Original file: proto/agentvault/marketplace/v1/invocation.proto


export interface CapabilityPrice {
  'name'?: (string);
  'price'?: (string);
}

export interface CapabilityPrice__Output {
  'name': (string);
  'price': (string);
}
