// Original file: proto/agentvault/federation/v1/federation.proto


export interface UpdatePeerRequest {
  'id'?: (number);
  'developer_id'?: (string);
  'description'?: (string);
  'admin_contact_email'?: (string);
  'discovery_auth_info_json'?: (string);
  '_description'?: "description";
  '_admin_contact_email'?: "admin_contact_email";
}

export interface UpdatePeerRequest__Output {
  'id': (number);
  'developer_id': (string);
  'description'?: (string);
  'admin_contact_email'?: (string);
  'discovery_auth_info_json': (string);
  '_description'?: "description";
  '_admin_contact_email'?: "admin_contact_email";
}
