// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface OwnedBalancesRequest {
  'developer_id'?: (string);
  'dids'?: (string)[];
}

export interface OwnedBalancesRequest__Output {
  'developer_id': (string);
  'dids': (string)[];
}
