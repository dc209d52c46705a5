// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface BuyerSpend {
  'buyer_did'?: (string);
  'calls'?: (number);
  'total_spent'?: (string);
  'services_used'?: (number);
}

export interface BuyerSpend__Output {
  'buyer_did': (string);
  'calls': (number);
  'total_spent': (string);
  'services_used': (number);
}
