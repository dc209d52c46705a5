// Original file: proto/agentvault/marketplace/v1/invocation.proto

import type { InvocationActor as _agentvault_marketplace_v1_InvocationActor, InvocationActor__Output as _agentvault_marketplace_v1_InvocationActor__Output } from '../../../agentvault/marketplace/v1/InvocationActor.js';
import type { CapabilityPrice as _agentvault_marketplace_v1_CapabilityPrice, CapabilityPrice__Output as _agentvault_marketplace_v1_CapabilityPrice__Output } from '../../../agentvault/marketplace/v1/CapabilityPrice.js';

export interface UpdateInvocationConfigRequest {
  'actor'?: (_agentvault_marketplace_v1_InvocationActor | null);
  'agent_did'?: (string);
  'enabled'?: (boolean);
  'delivery_mode'?: (string);
  'webhook_url'?: (string);
  'webhook_secret'?: (string);
  'rotate_secret'?: (boolean);
  'capabilities'?: (_agentvault_marketplace_v1_CapabilityPrice)[];
  'set_capabilities'?: (boolean);
  '_webhook_url'?: "webhook_url";
  '_webhook_secret'?: "webhook_secret";
}

export interface UpdateInvocationConfigRequest__Output {
  'actor': (_agentvault_marketplace_v1_InvocationActor__Output | null);
  'agent_did': (string);
  'enabled': (boolean);
  'delivery_mode': (string);
  'webhook_url'?: (string);
  'webhook_secret'?: (string);
  'rotate_secret': (boolean);
  'capabilities': (_agentvault_marketplace_v1_CapabilityPrice__Output)[];
  'set_capabilities': (boolean);
  '_webhook_url'?: "webhook_url";
  '_webhook_secret'?: "webhook_secret";
}
