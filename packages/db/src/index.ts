export * from './database.js';
export * from './migrate.js';
export { sql, type Kysely, type Transaction, type Migration } from 'kysely';
