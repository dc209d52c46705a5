// Original file: proto/agentvault/identity/v1/identity.proto


export interface CardFieldError {
  'field'?: (string);
  'message'?: (string);
}

export interface CardFieldError__Output {
  'field': (string);
  'message': (string);
}
