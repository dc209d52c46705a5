// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ReputationHistoryRequest {
  'did'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ReputationHistoryRequest__Output {
  'did': (string);
  'limit': (number);
  'offset': (number);
}
