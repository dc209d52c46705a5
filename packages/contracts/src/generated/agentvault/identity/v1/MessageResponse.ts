// Original file: proto/agentvault/identity/v1/identity.proto


export interface MessageResponse {
  'message'?: (string);
}

export interface MessageResponse__Output {
  'message': (string);
}
