// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface DecideFundingRequest {
  'request_id'?: (string);
  'admin_id'?: (string);
  'reason'?: (string);
}

export interface DecideFundingRequest__Output {
  'request_id': (string);
  'admin_id': (string);
  'reason': (string);
}
