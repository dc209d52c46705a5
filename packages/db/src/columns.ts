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

/**
 * A column the database fills when an insert leaves it out (a default, a serial). Like
 * kysely's `Generated`, but it also accepts the column types above (`Generated<Timestamp>`),
 * keeping their select and update types.
 */
export type Generated<C> = C extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<C, C | undefined, C>;
