// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface HoldRef {
  'hold_id'?: (string);
  'reference'?: (string);
}

export interface HoldRef__Output {
  'hold_id': (string);
  'reference': (string);
}
