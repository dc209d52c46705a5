// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface BatchTransferOutcome {
  'index'?: (number);
  'status'?: (string);
  'transaction_id'?: (string);
  'fee_amount'?: (string);
  'error_code'?: (string);
  'error_detail'?: (string);
}

export interface BatchTransferOutcome__Output {
  'index': (number);
  'status': (string);
  'transaction_id': (string);
  'fee_amount': (string);
  'error_code': (string);
  'error_detail': (string);
}
