// Original file: proto/agentvault/identity/v1/identity.proto

import type { Long } from '@grpc/proto-loader';

export interface RegisterSelfAgentRequest {
  'key_type'?: (string);
  'public_key'?: (string);
  'chain_id'?: (string);
  'timestamp'?: (number | string | Long);
  'signature'?: (string);
  'profile_json'?: (string);
}

export interface RegisterSelfAgentRequest__Output {
  'key_type': (string);
  'public_key': (string);
  'chain_id': (string);
  'timestamp': (string);
  'signature': (string);
  'profile_json': (string);
}
