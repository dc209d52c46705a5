// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface VoidHoldRequest {
  'hold_id'?: (string);
  'reason'?: (string);
  'expire'?: (boolean);
}

export interface VoidHoldRequest__Output {
  'hold_id': (string);
  'reason': (string);
  'expire': (boolean);
}
