// Original file: proto/agentvault/federation/v1/federation.proto


export interface PeerRef {
  'id'?: (number);
  'developer_id'?: (string);
}

export interface PeerRef__Output {
  'id': (number);
  'developer_id': (string);
}
