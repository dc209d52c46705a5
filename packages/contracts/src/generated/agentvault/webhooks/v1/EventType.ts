// Original file: proto/agentvault/webhooks/v1/webhooks.proto


export interface EventType {
  'name'?: (string);
  'source'?: (string);
  'scope'?: (string);
  'description'?: (string);
}

export interface EventType__Output {
  'name': (string);
  'source': (string);
  'scope': (string);
  'description': (string);
}
