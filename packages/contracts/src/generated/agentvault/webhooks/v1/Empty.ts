// Original file: proto/agentvault/webhooks/v1/webhooks.proto


export interface Empty {
}

export interface Empty__Output {
}
