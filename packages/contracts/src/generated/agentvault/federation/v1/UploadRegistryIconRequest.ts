// Original file: proto/agentvault/federation/v1/federation.proto


export interface UploadRegistryIconRequest {
  'admin_id'?: (string);
  'content'?: (Buffer | Uint8Array | string);
}

export interface UploadRegistryIconRequest__Output {
  'admin_id': (string);
  'content': (Buffer);
}
