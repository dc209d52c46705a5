export { federationModule } from './main.js';
export { loadFederationConfig } from './config.js';
export { federationMigrations, FEDERATION_SCHEMA } from '../migrations/index.js';
export { verifyCard } from './domain/card-signature.js';
export { checkCardSchema } from './domain/card-validator.js';
export { signRegistryRequest, verifyRegistryRequest } from './domain/request-signature.js';
export { generateSigningKey, publishedJwks } from './domain/signing-keys.js';
export { satelliteLedgerModule } from './satellite-ledger.js';
export { signTally, verifyTally, type TallyDocument } from './domain/federated-votes.js';
