// Original file: proto/agentvault/payments/v1/payments.proto


export interface ListMyTokensRequest {
  'caller_did'?: (string);
  'status'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListMyTokensRequest__Output {
  'caller_did': (string);
  'status': (string);
  'limit': (number);
  'offset': (number);
}
