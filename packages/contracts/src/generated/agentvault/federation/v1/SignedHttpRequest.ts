// Original file: proto/agentvault/federation/v1/federation.proto


export interface SignedHttpRequest {
  'method'?: (string);
  'url'?: (string);
  'headers'?: ({[key: string]: string});
  'body'?: (string);
}

export interface SignedHttpRequest__Output {
  'method': (string);
  'url': (string);
  'headers': ({[key: string]: string});
  'body': (string);
}
