// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface Category {
  'category'?: (string);
  'count'?: (number);
}

export interface Category__Output {
  'category': (string);
  'count': (number);
}
