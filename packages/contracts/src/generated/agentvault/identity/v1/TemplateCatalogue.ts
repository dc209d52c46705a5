// Original file: proto/agentvault/identity/v1/identity.proto

import type { TeamTemplate as _agentvault_identity_v1_TeamTemplate, TeamTemplate__Output as _agentvault_identity_v1_TeamTemplate__Output } from '../../../agentvault/identity/v1/TeamTemplate.js';
import type { ServiceTemplate as _agentvault_identity_v1_ServiceTemplate, ServiceTemplate__Output as _agentvault_identity_v1_ServiceTemplate__Output } from '../../../agentvault/identity/v1/ServiceTemplate.js';

export interface TemplateCatalogue {
  'teams'?: (_agentvault_identity_v1_TeamTemplate)[];
  'services'?: (_agentvault_identity_v1_ServiceTemplate)[];
}

export interface TemplateCatalogue__Output {
  'teams': (_agentvault_identity_v1_TeamTemplate__Output)[];
  'services': (_agentvault_identity_v1_ServiceTemplate__Output)[];
}
