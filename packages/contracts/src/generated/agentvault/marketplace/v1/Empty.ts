// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface Empty {
}

export interface Empty__Output {
}
