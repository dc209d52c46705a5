export { paymentsModule } from './main.js';
export { loadPaymentsConfig } from './config.js';
export { paymentsMigrations, PAYMENTS_SCHEMA } from '../migrations/index.js';
