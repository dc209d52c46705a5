// Original file: proto/agentvault/federation/v1/federation.proto


export interface Peer {
  'id'?: (number);
  'owner_developer_id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'base_url'?: (string);
  'admin_contact_email'?: (string);
  'status'?: (string);
  'discovery_auth_info_json'?: (string);
  'interaction_auth_info_json'?: (string);
  'registered_at'?: (string);
  'approved_at'?: (string);
  'approved_by_developer_id'?: (string);
  'last_synced_at'?: (string);
  'verdict_json'?: (string);
  'registry_id'?: (string);
  'last_sync_error'?: (string);
}

export interface Peer__Output {
  'id': (number);
  'owner_developer_id': (string);
  'name': (string);
  'description': (string);
  'base_url': (string);
  'admin_contact_email': (string);
  'status': (string);
  'discovery_auth_info_json': (string);
  'interaction_auth_info_json': (string);
  'registered_at': (string);
  'approved_at': (string);
  'approved_by_developer_id': (string);
  'last_synced_at': (string);
  'verdict_json': (string);
  'registry_id': (string);
  'last_sync_error': (string);
}
