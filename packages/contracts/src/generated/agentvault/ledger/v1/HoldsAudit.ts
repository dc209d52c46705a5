// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface HoldsAudit {
  'pending_holds'?: (number);
  'held_total'?: (string);
  'escrow_balance'?: (string);
  'consistent'?: (boolean);
}

export interface HoldsAudit__Output {
  'pending_holds': (number);
  'held_total': (string);
  'escrow_balance': (string);
  'consistent': (boolean);
}
