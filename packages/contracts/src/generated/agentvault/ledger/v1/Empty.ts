// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface Empty {
}

export interface Empty__Output {
}
