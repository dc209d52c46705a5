// Original file: proto/agentvault/federation/v1/federation.proto


export interface UpdateRegistryCardRequest {
  'admin_id'?: (string);
  'edit_json'?: (string);
}

export interface UpdateRegistryCardRequest__Output {
  'admin_id': (string);
  'edit_json': (string);
}
