// Original file: proto/agentvault/payments/v1/payments.proto


export interface ListDisputesRequest {
  'status'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListDisputesRequest__Output {
  'status': (string);
  'limit': (number);
  'offset': (number);
}
