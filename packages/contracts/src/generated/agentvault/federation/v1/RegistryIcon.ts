// Original file: proto/agentvault/federation/v1/federation.proto


export interface RegistryIcon {
  'content'?: (Buffer | Uint8Array | string);
  'content_type'?: (string);
  'sha256'?: (string);
}

export interface RegistryIcon__Output {
  'content': (Buffer);
  'content_type': (string);
  'sha256': (string);
}
