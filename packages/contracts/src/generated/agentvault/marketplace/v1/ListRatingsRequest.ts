// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ListRatingsRequest {
  'service_id'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListRatingsRequest__Output {
  'service_id': (string);
  'limit': (number);
  'offset': (number);
}
