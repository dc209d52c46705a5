// Original file: proto/agentvault/federation/v1/federation.proto


export interface ListPeersRequest {
  'status'?: (string);
  'owner_developer_id'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListPeersRequest__Output {
  'status': (string);
  'owner_developer_id': (string);
  'limit': (number);
  'offset': (number);
}
