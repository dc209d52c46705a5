import { sql, type RawBuilder } from 'kysely';

/** Each column's PostgreSQL type, as its array is cast: `text`, `numeric`, `timestamptz`, `jsonb`, … */
export type ColumnTypes<Row> = { readonly [K in keyof Row & string]-?: string };

/**
 * Many rows as one array parameter per column: `select * from unnest($1::text[], $2::numeric[], …)`.
 * A multi-row `values` list binds one parameter per value, so 1,000 rows of ten columns are
 * 10,000 parameters to build, send and plan; this is ten, whatever the number of rows.
 * Insert with `insertInto(t).columns(columns).expression(rows)`.
 */
export function byColumns<Row extends object>(types: ColumnTypes<Row>, rows: readonly Row[]): { columns: Array<keyof Row & string>; rows: RawBuilder<Row> } {
  const columns = Object.keys(types) as Array<keyof Row & string>;
  const arrays = columns.map((column) => sql`${rows.map((row) => row[column] ?? null)}::${sql.raw(types[column])}[]`);
  return { columns, rows: sql<Row>`select * from unnest(${sql.join(arrays)})` };
}
