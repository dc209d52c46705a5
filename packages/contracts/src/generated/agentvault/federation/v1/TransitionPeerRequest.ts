// Original file: proto/agentvault/federation/v1/federation.proto


export interface TransitionPeerRequest {
  'id'?: (number);
  'action'?: (string);
  'admin_id'?: (string);
}

export interface TransitionPeerRequest__Output {
  'id': (number);
  'action': (string);
  'admin_id': (string);
}
