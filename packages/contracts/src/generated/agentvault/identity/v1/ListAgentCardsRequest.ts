// Original file: proto/agentvault/identity/v1/identity.proto


export interface ListAgentCardsRequest {
  'query'?: (string);
  'tags'?: (string)[];
  'skills'?: (string)[];
  'capabilities'?: (string)[];
  'status'?: (string);
  'developer_id'?: (string);
  'sort'?: (string);
  'limit'?: (number);
  'offset'?: (number);
  'updated_since'?: (string);
  'cursor'?: (string);
}

export interface ListAgentCardsRequest__Output {
  'query': (string);
  'tags': (string)[];
  'skills': (string)[];
  'capabilities': (string)[];
  'status': (string);
  'developer_id': (string);
  'sort': (string);
  'limit': (number);
  'offset': (number);
  'updated_since': (string);
  'cursor': (string);
}
