import { createServiceClient, serviceConstructor, type ClientOptions, type ServiceClient } from '@agentvault/grpc';

export const WEBHOOKS_PROTO = 'agentvault/webhooks/v1/webhooks.proto';
export const WEBHOOKS_SERVICE = 'agentvault.webhooks.v1.WebhooksService';

/** A client of the webhooks service (for the gateway). */
export function createWebhooksClient(address: string, options: ClientOptions = {}): ServiceClient {
  return createServiceClient(serviceConstructor(WEBHOOKS_PROTO, WEBHOOKS_SERVICE), address, { name: 'webhooks', ...options });
}
