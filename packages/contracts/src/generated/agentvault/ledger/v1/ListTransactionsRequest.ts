// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ListTransactionsRequest {
  'did'?: (string);
  'transaction_type'?: (string);
  'start_date'?: (string);
  'end_date'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListTransactionsRequest__Output {
  'did': (string);
  'transaction_type': (string);
  'start_date': (string);
  'end_date': (string);
  'limit': (number);
  'offset': (number);
}
