// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ProviderCommissionRequest {
  'provider_did'?: (string);
}

export interface ProviderCommissionRequest__Output {
  'provider_did': (string);
}
