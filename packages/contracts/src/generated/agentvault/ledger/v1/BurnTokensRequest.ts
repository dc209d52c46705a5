// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface BurnTokensRequest {
  'amount'?: (string);
  'reason'?: (string);
}

export interface BurnTokensRequest__Output {
  'amount': (string);
  'reason': (string);
}
