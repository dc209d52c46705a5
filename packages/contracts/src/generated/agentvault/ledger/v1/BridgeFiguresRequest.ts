// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface BridgeFiguresRequest {
  'peer'?: (string);
}

export interface BridgeFiguresRequest__Output {
  'peer': (string);
}
