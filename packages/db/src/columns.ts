import type { ColumnType } from 'kysely';

/**
 * Column types shared by the services' schema interfaces, as the drivers return them.
 * `pg` (see database.ts) and PGlite differ for int8, so the select type says both.
 */

/** timestamptz: read as a Date; written as a Date or an ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** int8 / bigserial: `pg` gives a string, PGlite a number (a bigint beyond 2^53). */
export type Int8 = ColumnType<string | number | bigint, string | number | bigint, string | number | bigint>;

/** NUMERIC(38,18): read as its exact text; written as text (see the ledger's amountToDb). */
export type Numeric = ColumnType<string, string, string>;

/** jsonb: read parsed as `T`; written as JSON text. */
export type Json<T = unknown> = ColumnType<T, string, string>;
