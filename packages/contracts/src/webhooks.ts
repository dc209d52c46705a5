import { defineContract, type Client } from '@agentvault/grpc';
import type { WebhooksServiceDefinition } from './generated/agentvault/webhooks/v1/WebhooksService.js';

/** The webhooks service's gRPC contract (proto/agentvault/webhooks/v1/webhooks.proto). */
export const webhooksContract = defineContract<WebhooksServiceDefinition>({
  name: 'webhooks',
  proto: 'agentvault/webhooks/v1/webhooks.proto',
  service: 'agentvault.webhooks.v1.WebhooksService',
  defaultPort: 50059,
});
export type WebhooksContract = typeof webhooksContract;
export type WebhooksClient = Client<WebhooksContract>;
