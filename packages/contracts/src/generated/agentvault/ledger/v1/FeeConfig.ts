// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface FeeConfig {
  'fee_active'?: (boolean);
  'transfer_fee_amount'?: (string);
  'fee_collection_address'?: (string);
}

export interface FeeConfig__Output {
  'fee_active': (boolean);
  'transfer_fee_amount': (string);
  'fee_collection_address': (string);
}
