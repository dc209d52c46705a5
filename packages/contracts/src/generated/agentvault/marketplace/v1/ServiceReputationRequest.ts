// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ServiceReputationRequest {
  'service_id'?: (string);
  'days'?: (number);
}

export interface ServiceReputationRequest__Output {
  'service_id': (string);
  'days': (number);
}
