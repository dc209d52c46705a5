export { startPayments } from './main.js';
export { loadPaymentsConfig } from './config.js';
export { createPaymentsClient, PAYMENTS_PROTO, PAYMENTS_SERVICE } from './grpc/client.js';
export { paymentsMigrations, PAYMENTS_SCHEMA } from '../migrations/index.js';
