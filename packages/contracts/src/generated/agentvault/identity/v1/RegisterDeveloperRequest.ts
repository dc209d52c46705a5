// Original file: proto/agentvault/identity/v1/identity.proto


export interface RegisterDeveloperRequest {
  'email'?: (string);
  'password'?: (string);
  'name'?: (string);
}

export interface RegisterDeveloperRequest__Output {
  'email': (string);
  'password': (string);
  'name': (string);
}
