// Original file: proto/agentvault/identity/v1/identity.proto

import type { OrganizationQuotas as _agentvault_identity_v1_OrganizationQuotas, OrganizationQuotas__Output as _agentvault_identity_v1_OrganizationQuotas__Output } from '../../../agentvault/identity/v1/OrganizationQuotas.js';

export interface UpdateOrganizationRequest {
  'developer_id'?: (string);
  'organization_id'?: (string);
  'name'?: (string);
  'set_description'?: (boolean);
  'description'?: (string);
  'quotas'?: (_agentvault_identity_v1_OrganizationQuotas | null);
}

export interface UpdateOrganizationRequest__Output {
  'developer_id': (string);
  'organization_id': (string);
  'name': (string);
  'set_description': (boolean);
  'description': (string);
  'quotas': (_agentvault_identity_v1_OrganizationQuotas__Output | null);
}
