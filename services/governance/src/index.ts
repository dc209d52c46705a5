export { startGovernance } from './main.js';
export { loadGovernanceConfig } from './config.js';
export { createGovernanceClient, GOVERNANCE_PROTO, GOVERNANCE_SERVICE } from './grpc/client.js';
export { governanceMigrations, GOVERNANCE_SCHEMA } from '../migrations/index.js';
