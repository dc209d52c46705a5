// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface AccountRefs {
  'dids'?: (string)[];
}

export interface AccountRefs__Output {
  'dids': (string)[];
}
