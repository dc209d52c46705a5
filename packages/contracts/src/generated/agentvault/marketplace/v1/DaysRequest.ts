// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface DaysRequest {
  'days'?: (number);
  'limit'?: (number);
  'sort_by'?: (string);
  'granularity'?: (string);
  'periods'?: (number);
}

export interface DaysRequest__Output {
  'days': (number);
  'limit': (number);
  'sort_by': (string);
  'granularity': (string);
  'periods': (number);
}
