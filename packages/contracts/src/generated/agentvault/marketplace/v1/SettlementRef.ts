// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface SettlementRef {
  'settlement_id'?: (string);
}

export interface SettlementRef__Output {
  'settlement_id': (string);
}
