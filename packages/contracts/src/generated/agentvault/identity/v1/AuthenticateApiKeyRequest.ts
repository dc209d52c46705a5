// Original file: proto/agentvault/identity/v1/identity.proto


export interface AuthenticateApiKeyRequest {
  'api_key'?: (string);
}

export interface AuthenticateApiKeyRequest__Output {
  'api_key': (string);
}
