// Original file: proto/agentvault/identity/v1/identity.proto


export interface BundleRef {
  'developer_id'?: (string);
  'bundle_id'?: (string);
}

export interface BundleRef__Output {
  'developer_id': (string);
  'bundle_id': (string);
}
