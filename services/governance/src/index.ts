export { governanceModule } from './main.js';
export { loadGovernanceConfig } from './config.js';
export { governanceMigrations, GOVERNANCE_SCHEMA } from '../migrations/index.js';
