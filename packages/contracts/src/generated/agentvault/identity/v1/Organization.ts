// Original file: proto/agentvault/identity/v1/identity.proto

import type { OrganizationQuotas as _agentvault_identity_v1_OrganizationQuotas, OrganizationQuotas__Output as _agentvault_identity_v1_OrganizationQuotas__Output } from '../../../agentvault/identity/v1/OrganizationQuotas.js';

export interface Organization {
  'id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'owner_developer_id'?: (string);
  'quotas'?: (_agentvault_identity_v1_OrganizationQuotas | null);
  'member_count'?: (number);
  'active_agent_count'?: (number);
  'active_api_key_count'?: (number);
  'my_role'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
}

export interface Organization__Output {
  'id': (string);
  'name': (string);
  'description': (string);
  'owner_developer_id': (string);
  'quotas': (_agentvault_identity_v1_OrganizationQuotas__Output | null);
  'member_count': (number);
  'active_agent_count': (number);
  'active_api_key_count': (number);
  'my_role': (string);
  'created_at': (string);
  'updated_at': (string);
}
