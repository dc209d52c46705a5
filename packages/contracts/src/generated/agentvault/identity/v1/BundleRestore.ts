// Original file: proto/agentvault/identity/v1/identity.proto


export interface BundleRestore {
  'id'?: (string);
  'bundle_id'?: (string);
  'organization_id'?: (string);
  'version'?: (number);
  'restored_agents'?: (string)[];
  'skipped_agents'?: (string)[];
  'restored_teams'?: (string)[];
  'restored_at'?: (string);
  'replayed'?: (boolean);
}

export interface BundleRestore__Output {
  'id': (string);
  'bundle_id': (string);
  'organization_id': (string);
  'version': (number);
  'restored_agents': (string)[];
  'skipped_agents': (string)[];
  'restored_teams': (string)[];
  'restored_at': (string);
  'replayed': (boolean);
}
