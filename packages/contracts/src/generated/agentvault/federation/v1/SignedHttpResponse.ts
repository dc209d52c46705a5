// Original file: proto/agentvault/federation/v1/federation.proto


export interface SignedHttpResponse {
  'status'?: (number);
  'headers'?: ({[key: string]: string});
  'body'?: (string);
}

export interface SignedHttpResponse__Output {
  'status': (number);
  'headers': ({[key: string]: string});
  'body': (string);
}
