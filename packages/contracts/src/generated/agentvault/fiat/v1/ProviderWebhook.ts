// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface ProviderWebhook {
  'raw_body'?: (Buffer | Uint8Array | string);
  'signature'?: (string);
}

export interface ProviderWebhook__Output {
  'raw_body': (Buffer);
  'signature': (string);
}
