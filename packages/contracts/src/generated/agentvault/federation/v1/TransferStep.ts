// Original file: proto/agentvault/federation/v1/federation.proto


export interface TransferStep {
  'step'?: (string);
  'at'?: (string);
  'detail'?: (string);
}

export interface TransferStep__Output {
  'step': (string);
  'at': (string);
  'detail': (string);
}
