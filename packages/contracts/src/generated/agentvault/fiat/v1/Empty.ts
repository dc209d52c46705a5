// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface Empty {
}

export interface Empty__Output {
}
