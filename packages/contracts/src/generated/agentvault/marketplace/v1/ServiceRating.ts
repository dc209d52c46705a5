// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ServiceRating {
  'service_id'?: (string);
  'buyer_did'?: (string);
  'rating'?: (number);
  'comment'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
}

export interface ServiceRating__Output {
  'service_id': (string);
  'buyer_did': (string);
  'rating': (number);
  'comment': (string);
  'created_at': (string);
  'updated_at': (string);
}
