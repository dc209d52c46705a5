export { stakingModule } from './main.js';
export { loadStakingConfig } from './config.js';
export { stakingMigrations, STAKING_SCHEMA } from '../migrations/index.js';
