// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface PageRequest {
  'limit'?: (number);
  'offset'?: (number);
}

export interface PageRequest__Output {
  'limit': (number);
  'offset': (number);
}
