// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface CreateSettlementRequest {
  'provider_did'?: (string);
  'period_start'?: (string);
  'period_end'?: (string);
}

export interface CreateSettlementRequest__Output {
  'provider_did': (string);
  'period_start': (string);
  'period_end': (string);
}
