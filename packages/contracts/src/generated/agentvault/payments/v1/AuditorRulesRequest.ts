// Original file: proto/agentvault/payments/v1/payments.proto


export interface AuditorRulesRequest {
}

export interface AuditorRulesRequest__Output {
}
