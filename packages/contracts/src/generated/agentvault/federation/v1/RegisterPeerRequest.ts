// Original file: proto/agentvault/federation/v1/federation.proto


export interface RegisterPeerRequest {
  'developer_id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'base_url'?: (string);
  'admin_contact_email'?: (string);
  'discovery_auth_info_json'?: (string);
}

export interface RegisterPeerRequest__Output {
  'developer_id': (string);
  'name': (string);
  'description': (string);
  'base_url': (string);
  'admin_contact_email': (string);
  'discovery_auth_info_json': (string);
}
