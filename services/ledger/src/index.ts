export { startLedger } from './main.js';
export { loadLedgerConfig } from './config.js';
export { createLedgerClient, LEDGER_PROTO, LEDGER_SERVICE } from './grpc/client.js';
export { ledgerMigrations, LEDGER_SCHEMA } from '../migrations/index.js';
export { parseAmount, formatAmount } from './domain/amount.js';
