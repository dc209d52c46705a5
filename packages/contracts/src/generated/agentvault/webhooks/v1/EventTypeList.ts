// Original file: proto/agentvault/webhooks/v1/webhooks.proto

import type { EventType as _agentvault_webhooks_v1_EventType, EventType__Output as _agentvault_webhooks_v1_EventType__Output } from '../../../agentvault/webhooks/v1/EventType.js';

export interface EventTypeList {
  'items'?: (_agentvault_webhooks_v1_EventType)[];
}

export interface EventTypeList__Output {
  'items': (_agentvault_webhooks_v1_EventType__Output)[];
}
