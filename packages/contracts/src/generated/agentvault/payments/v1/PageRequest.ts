// Original file: proto/agentvault/payments/v1/payments.proto


export interface PageRequest {
  'limit'?: (number);
  'offset'?: (number);
}

export interface PageRequest__Output {
  'limit': (number);
  'offset': (number);
}
