// Original file: proto/agentvault/webhooks/v1/webhooks.proto

import type { Webhook as _agentvault_webhooks_v1_Webhook, Webhook__Output as _agentvault_webhooks_v1_Webhook__Output } from '../../../agentvault/webhooks/v1/Webhook.js';

export interface WebhookPage {
  'items'?: (_agentvault_webhooks_v1_Webhook)[];
  'total'?: (number);
}

export interface WebhookPage__Output {
  'items': (_agentvault_webhooks_v1_Webhook__Output)[];
  'total': (number);
}
