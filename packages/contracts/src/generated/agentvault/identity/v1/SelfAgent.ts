// Original file: proto/agentvault/identity/v1/identity.proto

import type { Long } from '@grpc/proto-loader';

export interface SelfAgent {
  'did'?: (string);
  'id'?: (string);
  'key_type'?: (string);
  'public_key'?: (string);
  'chain_id'?: (string);
  'address'?: (string);
  'name'?: (string);
  'description'?: (string);
  'avatar'?: (string);
  'website'?: (string);
  'capabilities'?: (string)[];
  'tags'?: (string)[];
  'status'?: (string);
  'created_at'?: (number | string | Long);
  'updated_at'?: (number | string | Long);
}

export interface SelfAgent__Output {
  'did': (string);
  'id': (string);
  'key_type': (string);
  'public_key': (string);
  'chain_id': (string);
  'address': (string);
  'name': (string);
  'description': (string);
  'avatar': (string);
  'website': (string);
  'capabilities': (string)[];
  'tags': (string)[];
  'status': (string);
  'created_at': (string);
  'updated_at': (string);
}
