// Original file: proto/agentvault/marketplace/v1/invocation.proto

import type { CapabilityPrice as _agentvault_marketplace_v1_CapabilityPrice, CapabilityPrice__Output as _agentvault_marketplace_v1_CapabilityPrice__Output } from '../../../agentvault/marketplace/v1/CapabilityPrice.js';

export interface InvocationConfig {
  'agent_did'?: (string);
  'enabled'?: (boolean);
  'delivery_mode'?: (string);
  'webhook_url'?: (string);
  'webhook_secret'?: (string);
  'has_webhook_secret'?: (boolean);
  'capabilities'?: (_agentvault_marketplace_v1_CapabilityPrice)[];
  'updated_at'?: (string);
}

export interface InvocationConfig__Output {
  'agent_did': (string);
  'enabled': (boolean);
  'delivery_mode': (string);
  'webhook_url': (string);
  'webhook_secret': (string);
  'has_webhook_secret': (boolean);
  'capabilities': (_agentvault_marketplace_v1_CapabilityPrice__Output)[];
  'updated_at': (string);
}
