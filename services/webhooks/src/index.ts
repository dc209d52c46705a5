export { webhooksModule, WEBHOOKS_CONSUMER } from './main.js';
export { webhooksMigrations, WEBHOOKS_SCHEMA } from '../migrations/index.js';
export { loadWebhooksConfig } from './config.js';
export { EventCatalogue } from './domain/catalogue.js';
export { protocolSignature, standardWebhookSignature, verifyProtocolSignature, USER_AGENT } from './domain/signature.js';
