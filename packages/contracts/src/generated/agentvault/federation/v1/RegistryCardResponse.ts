// Original file: proto/agentvault/federation/v1/federation.proto


export interface RegistryCardResponse {
  'card_json'?: (string);
  'etag'?: (string);
  'not_modified'?: (boolean);
}

export interface RegistryCardResponse__Output {
  'card_json': (string);
  'etag': (string);
  'not_modified': (boolean);
}
