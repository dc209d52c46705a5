// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface ServiceTemplateRef {
  'name'?: (string);
}

export interface ServiceTemplateRef__Output {
  'name': (string);
}
