// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface RunSettlementsRequest {
}

export interface RunSettlementsRequest__Output {
}
