// Original file: proto/agentvault/identity/v1/identity.proto


export interface OrganizationQuotas {
  'max_agents'?: (number);
  'max_api_keys'?: (number);
  'requests_per_minute'?: (number);
}

export interface OrganizationQuotas__Output {
  'max_agents': (number);
  'max_api_keys': (number);
  'requests_per_minute': (number);
}
