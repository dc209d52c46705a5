// Original file: proto/agentvault/payments/v1/payments.proto


export interface ListAttestationPoliciesRequest {
}

export interface ListAttestationPoliciesRequest__Output {
}
