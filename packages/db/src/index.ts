export * from './database.js';
export * from './migrate.js';
export { byColumns, type ColumnTypes } from './bulk.js';
export { precompiled } from './precompiled.js';
export type { Timestamp, Int8, Numeric, Json, Generated } from './columns.js';
export { sql, type Kysely, type Transaction, type Migration, type ColumnType, type GeneratedAlways, type Insertable, type Selectable, type Updateable } from 'kysely';
