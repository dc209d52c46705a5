// Original file: proto/agentvault/identity/v1/identity.proto


export interface DirectoryCard {
  'id'?: (string);
  'agent_did'?: (string);
  'developer_id'?: (string);
  'developer_is_verified'?: (boolean);
  'name'?: (string);
  'description'?: (string);
  'is_active'?: (boolean);
  'card_json'?: (string);
  'human_readable_id'?: (string);
  'tags'?: (string)[];
  'created_at'?: (string);
  'updated_at'?: (string);
  'sync_cursor'?: (string);
}

export interface DirectoryCard__Output {
  'id': (string);
  'agent_did': (string);
  'developer_id': (string);
  'developer_is_verified': (boolean);
  'name': (string);
  'description': (string);
  'is_active': (boolean);
  'card_json': (string);
  'human_readable_id': (string);
  'tags': (string)[];
  'created_at': (string);
  'updated_at': (string);
  'sync_cursor': (string);
}
