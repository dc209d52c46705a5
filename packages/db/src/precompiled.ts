import type { Compilable, CompiledQuery, Kysely } from 'kysely';

/** Stands for the n-th argument while a precompiled query is built. */
class Slot {
  constructor(readonly index: number) {}
}

/**
 * A query of fixed shape whose SQL is built once. Kysely builds the query's tree, rewrites it for
 * the schema and compiles it on every execution, which for the hottest reads (a token's
 * revocation, an account's balance) cost more of the process's CPU than PostgreSQL spent
 * answering them. `build` runs on the first call, with stand-ins for the arguments; every call
 * then sends the same SQL with its own values.
 *
 * The shape must not depend on the values: no `in (list)` (bind one array with `= any(…)`), and
 * every executor passed must be of the same schema, as a service's store always is (the schema
 * is part of the SQL).
 */
export function precompiled<DB, Args extends unknown[], Row>(build: (db: Kysely<DB>, ...args: Args) => Compilable<Row>) {
  let compiled: { query: CompiledQuery<Row>; slots: Array<number | undefined> } | undefined;
  return async (db: Kysely<DB>, ...args: Args): Promise<Row[]> => {
    if (!compiled) {
      const query = build(db, ...(args.map((_, i) => new Slot(i)) as Args)).compile();
      const slots = query.parameters.map((p) => (p instanceof Slot ? p.index : undefined));
      const used = new Set(slots.filter((s) => s !== undefined));
      if (used.size !== args.length) throw new Error(`a precompiled query must bind each of its ${args.length} arguments; it binds ${used.size}`);
      compiled = { query, slots };
    }
    const { query, slots } = compiled;
    const parameters = query.parameters.map((p, i) => (slots[i] === undefined ? p : args[slots[i]!]));
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}
