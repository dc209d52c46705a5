// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface ListDeveloperPurchasesRequest {
  'developer_id'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListDeveloperPurchasesRequest__Output {
  'developer_id': (string);
  'limit': (number);
  'offset': (number);
}
