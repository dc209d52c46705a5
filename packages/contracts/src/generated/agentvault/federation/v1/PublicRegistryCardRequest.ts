// Original file: proto/agentvault/federation/v1/federation.proto


export interface PublicRegistryCardRequest {
  'registry'?: (string);
}

export interface PublicRegistryCardRequest__Output {
  'registry': (string);
}
