export { startFiat, fiatSurface } from './main.js';
export { loadFiatConfig } from './config.js';
export { createFiatClient, FIAT_PROTO, FIAT_SERVICE } from './grpc/client.js';
export { fiatMigrations, FIAT_SCHEMA } from '../migrations/index.js';
