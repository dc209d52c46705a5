// Original file: proto/agentvault/identity/v1/identity.proto

import type { TemplateGate as _agentvault_identity_v1_TemplateGate, TemplateGate__Output as _agentvault_identity_v1_TemplateGate__Output } from '../../../agentvault/identity/v1/TemplateGate.js';

export interface TeamTemplate {
  'name'?: (string);
  'agents'?: (number);
  'quality_gates'?: (_agentvault_identity_v1_TemplateGate)[];
  'description'?: (string);
  'routing'?: (string);
}

export interface TeamTemplate__Output {
  'name': (string);
  'agents': (number);
  'quality_gates': (_agentvault_identity_v1_TemplateGate__Output)[];
  'description': (string);
  'routing': (string);
}
