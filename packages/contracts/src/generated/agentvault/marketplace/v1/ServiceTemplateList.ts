// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { ServiceTemplate as _agentvault_marketplace_v1_ServiceTemplate, ServiceTemplate__Output as _agentvault_marketplace_v1_ServiceTemplate__Output } from '../../../agentvault/marketplace/v1/ServiceTemplate.js';

export interface ServiceTemplateList {
  'items'?: (_agentvault_marketplace_v1_ServiceTemplate)[];
}

export interface ServiceTemplateList__Output {
  'items': (_agentvault_marketplace_v1_ServiceTemplate__Output)[];
}
