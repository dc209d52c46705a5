export { fiatModule, fiatSurface, paymentProvider } from './main.js';
export { loadFiatConfig } from './config.js';
export { fiatMigrations, FIAT_SCHEMA } from '../migrations/index.js';
