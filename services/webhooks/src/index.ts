export { startWebhooks, WEBHOOKS_SCHEMA, WEBHOOKS_CONSUMER } from './main.js';
export { createWebhooksClient, WEBHOOKS_PROTO, WEBHOOKS_SERVICE } from './grpc/client.js';
export { webhooksMigrations } from '../migrations/index.js';
export { loadWebhooksConfig } from './config.js';
export { EVENT_CATALOGUE } from './domain/catalogue.js';
export { protocolSignature, standardWebhookSignature, verifyProtocolSignature, USER_AGENT } from './domain/signature.js';
