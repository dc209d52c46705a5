export { startStaking } from './main.js';
export { loadStakingConfig } from './config.js';
export { createStakingClient, STAKING_PROTO, STAKING_SERVICE } from './grpc/client.js';
export { stakingMigrations, STAKING_SCHEMA } from '../migrations/index.js';
