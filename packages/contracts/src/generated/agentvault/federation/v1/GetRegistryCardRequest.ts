// Original file: proto/agentvault/federation/v1/federation.proto


export interface GetRegistryCardRequest {
  'if_none_match'?: (string);
}

export interface GetRegistryCardRequest__Output {
  'if_none_match': (string);
}
