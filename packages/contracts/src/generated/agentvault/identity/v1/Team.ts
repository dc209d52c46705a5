// Original file: proto/agentvault/identity/v1/identity.proto

import type { TeamMember as _agentvault_identity_v1_TeamMember, TeamMember__Output as _agentvault_identity_v1_TeamMember__Output } from '../../../agentvault/identity/v1/TeamMember.js';
import type { RoutingRule as _agentvault_identity_v1_RoutingRule, RoutingRule__Output as _agentvault_identity_v1_RoutingRule__Output } from '../../../agentvault/identity/v1/RoutingRule.js';
import type { QualityGate as _agentvault_identity_v1_QualityGate, QualityGate__Output as _agentvault_identity_v1_QualityGate__Output } from '../../../agentvault/identity/v1/QualityGate.js';

export interface Team {
  'id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'owner_developer_id'?: (string);
  'organization_id'?: (string);
  'config_json'?: (string);
  'status'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  'members'?: (_agentvault_identity_v1_TeamMember)[];
  'routing_rules'?: (_agentvault_identity_v1_RoutingRule)[];
  'quality_gates'?: (_agentvault_identity_v1_QualityGate)[];
}

export interface Team__Output {
  'id': (string);
  'name': (string);
  'description': (string);
  'owner_developer_id': (string);
  'organization_id': (string);
  'config_json': (string);
  'status': (string);
  'created_at': (string);
  'updated_at': (string);
  'members': (_agentvault_identity_v1_TeamMember__Output)[];
  'routing_rules': (_agentvault_identity_v1_RoutingRule__Output)[];
  'quality_gates': (_agentvault_identity_v1_QualityGate__Output)[];
}
