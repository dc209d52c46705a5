export { identityModule } from './main.js';
export { identityMigrations, IDENTITY_SCHEMA } from '../migrations/index.js';
export { currentTotpCode } from './domain/totp.js';
export { loadIdentityConfig } from './config.js';
