// Original file: proto/agentvault/federation/v1/federation.proto


export interface Empty {
}

export interface Empty__Output {
}
