export { marketplaceModule } from './main.js';
export { loadMarketplaceConfig } from './config.js';
export { marketplaceMigrations, MARKETPLACE_SCHEMA } from '../migrations/index.js';
