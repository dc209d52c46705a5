// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface PaymentBucket {
  'count'?: (number);
  'total'?: (string);
}

export interface PaymentBucket__Output {
  'count': (number);
  'total': (string);
}
