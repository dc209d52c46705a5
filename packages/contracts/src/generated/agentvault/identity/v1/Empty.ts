// Original file: proto/agentvault/identity/v1/identity.proto


export interface Empty {
}

export interface Empty__Output {
}
