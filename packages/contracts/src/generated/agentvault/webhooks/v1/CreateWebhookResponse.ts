// Original file: proto/agentvault/webhooks/v1/webhooks.proto

import type { Webhook as _agentvault_webhooks_v1_Webhook, Webhook__Output as _agentvault_webhooks_v1_Webhook__Output } from '../../../agentvault/webhooks/v1/Webhook.js';

export interface CreateWebhookResponse {
  'webhook'?: (_agentvault_webhooks_v1_Webhook | null);
  'secret'?: (string);
}

export interface CreateWebhookResponse__Output {
  'webhook': (_agentvault_webhooks_v1_Webhook__Output | null);
  'secret': (string);
}
