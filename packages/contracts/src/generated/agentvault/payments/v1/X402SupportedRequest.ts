// Original file: proto/agentvault/payments/v1/payments.proto


export interface X402SupportedRequest {
}

export interface X402SupportedRequest__Output {
}
