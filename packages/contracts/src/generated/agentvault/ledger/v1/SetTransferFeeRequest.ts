// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface SetTransferFeeRequest {
  'transfer_fee_amount'?: (string);
  'reference'?: (string);
}

export interface SetTransferFeeRequest__Output {
  'transfer_fee_amount': (string);
  'reference': (string);
}
