// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface Tier {
  'tier'?: (number);
  'name'?: (string);
  'flare'?: (string);
  'min_eur'?: (string);
  'max_eur'?: (string);
  'avt_per_eur'?: (string);
}

export interface Tier__Output {
  'tier': (number);
  'name': (string);
  'flare': (string);
  'min_eur': (string);
  'max_eur': (string);
  'avt_per_eur': (string);
}
