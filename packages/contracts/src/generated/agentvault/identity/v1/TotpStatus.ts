// Original file: proto/agentvault/identity/v1/identity.proto


export interface TotpStatus {
  'enabled'?: (boolean);
}

export interface TotpStatus__Output {
  'enabled': (boolean);
}
