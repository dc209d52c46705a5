// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface PlaceHoldRequest {
  'payer_did'?: (string);
  'receiver_did'?: (string);
  'amount'?: (string);
  'reference'?: (string);
  'purpose'?: (string);
  'expires_at'?: (string);
}

export interface PlaceHoldRequest__Output {
  'payer_did': (string);
  'receiver_did': (string);
  'amount': (string);
  'reference': (string);
  'purpose': (string);
  'expires_at': (string);
}
