// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface BridgeFigures {
  'peer'?: (string);
  'escrow_locked'?: (string);
  'wrapped_supply'?: (string);
}

export interface BridgeFigures__Output {
  'peer': (string);
  'escrow_locked': (string);
  'wrapped_supply': (string);
}
