export { ledgerModule } from './main.js';
export { loadLedgerConfig } from './config.js';
export { ledgerMigrations, LEDGER_SCHEMA } from '../migrations/index.js';
export { parseAmount, formatAmount } from './domain/amount.js';
export { verifyLedgerChain } from './store/chain-store.js';
export type { LedgerDatabase } from './store/schema.js';
