// Original file: proto/agentvault/federation/v1/federation.proto


export interface JsonDocument {
  'json'?: (string);
}

export interface JsonDocument__Output {
  'json': (string);
}
