// Original file: proto/agentvault/webhooks/v1/webhooks.proto

import type { Delivery as _agentvault_webhooks_v1_Delivery, Delivery__Output as _agentvault_webhooks_v1_Delivery__Output } from '../../../agentvault/webhooks/v1/Delivery.js';

export interface DeliveryPage {
  'items'?: (_agentvault_webhooks_v1_Delivery)[];
  'total'?: (number);
}

export interface DeliveryPage__Output {
  'items': (_agentvault_webhooks_v1_Delivery__Output)[];
  'total': (number);
}
