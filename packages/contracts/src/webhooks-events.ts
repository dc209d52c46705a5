import { defineEvents, type EmittedEvent } from './events.js';

/** What the webhooks service sends of its own. */
export interface WebhooksEventPayloads {
  'test.ping': { webhook_id: string; message: string };
  'webhook.retry_exhausted': { webhook_id: string; developer_id: string; url: string; consecutive_failures: number; last_response_status: number | null; last_error: string | null };
}
export type WebhooksEvent = EmittedEvent<WebhooksEventPayloads>;

export const webhooksEvents = defineEvents<WebhooksEventPayloads>('webhooks', {
  'test.ping': { scope: 'developer', description: 'Sent by POST /developers/webhooks/{id}/test to check a handler.', fromBus: false },
  'webhook.retry_exhausted': { scope: 'developer', description: 'One of your webhooks failed 10 times in a row and was disabled.' },
});
