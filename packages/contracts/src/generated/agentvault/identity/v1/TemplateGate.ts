// Original file: proto/agentvault/identity/v1/identity.proto


export interface TemplateGate {
  'type'?: (string);
  'threshold'?: (number | string);
}

export interface TemplateGate__Output {
  'type': (string);
  'threshold': (number);
}
