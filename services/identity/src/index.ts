export { startIdentity, IDENTITY_SCHEMA } from './main.js';
export { createIdentityClient, IDENTITY_PROTO, IDENTITY_SERVICE } from './grpc/client.js';
export { identityMigrations } from '../migrations/index.js';
export { currentTotpCode } from './domain/totp.js';
export { loadIdentityConfig } from './config.js';
