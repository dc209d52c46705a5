import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import v8 from 'node:v8';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';

/**
 * An open connection to one service's schema. `DB` is that schema's table interface; the
 * connection code here does not know it, so it defaults to an untyped Kysely and each
 * service's store names its own (`Database<IdentityDatabase>`), or narrows with `typed()`.
 */
export interface Database<DB = any> {
  /** Queries on this instance resolve unqualified tables in the service's own schema. */
  readonly db: Kysely<DB>;
  readonly schema: string;
  readonly kind: 'postgres' | 'pglite';
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A postgres:// URL. When absent, the embedded PGlite under `dataDir` is used. */
  url?: string;
  dataDir?: string;
  schema: string;
  poolSize?: number;
}

// NUMERIC and BIGINT arrive as strings; amounts are converted to scaled bigints by the domain.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => v);

/**
 * Settings of the embedded PostgreSQL. The WASM build would otherwise reserve 128 MB of shared
 * buffers, which fill with pages as requests come in and then are most of the process's
 * memory; one process with one connection on a small database needs far less. They are
 * start parameters, so they apply to data directories created before as well.
 */
const EMBEDDED_SETTINGS: Record<string, string> = {
  shared_buffers: '16MB',
  wal_buffers: '1MB',
  temp_buffers: '1MB',
  work_mem: '2MB',
  maintenance_work_mem: '16MB',
};

/**
 * Data directories made by PGlite 0.3 hold their tables in `template1` (its default then);
 * later versions default to `postgres`. Naming it keeps those directories readable and new ones
 * alike.
 */
const EMBEDDED_DATABASE = 'template1';

/**
 * A new data directory is initialized in a short-lived process of its own: PGlite runs initdb
 * in a second PostgreSQL instance beside the first, and in this process its memory (some
 * 300 MB) would be returned only whenever the garbage collector got to it.
 */
async function initializeEmbedded(dataDir: string): Promise<void> {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const entry = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  const script = `const { PGlite } = await import(${JSON.stringify(entry)});
const pglite = await PGlite.create(${JSON.stringify(dataDir)}, { database: ${JSON.stringify(EMBEDDED_DATABASE)} });
await pglite.close();`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], { timeout: 120_000 });
}

/** One PGlite per data directory per process: all services of `--target=all` share it. */
interface EmbeddedEntry { kysely: Kysely<any>; users: number; close: () => Promise<void> }
const embedded = new Map<string, Promise<EmbeddedEntry>>();

async function startEmbedded(dataDir: string): Promise<EmbeddedEntry> {
  mkdirSync(dataDir, { recursive: true });
  await initializeEmbedded(dataDir);
  // V8 would compile the hot parts of PostgreSQL's WASM a second time, optimized, and keep
  // both: some 50 MB more resident for no gain a single-user embedded database notices. The
  // flag is read when a module is compiled, so it has to be set before PGlite loads its WASM.
  v8.setFlagsFromString('--liftoff-only');
  // The embedded default is the one-process, one-machine layout (a laptop, a small VM): let V8
  // keep a small young generation and grow the heap slowly, instead of holding twice what is
  // live after a burst of requests. Servers (DATABASE_URL) keep V8's defaults.
  v8.setFlagsFromString('--optimize-for-size');
  const { PGlite } = await import('@electric-sql/pglite');
  const startParams = [...PGlite.defaultStartParams, ...Object.entries(EMBEDDED_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
  const pglite = await PGlite.create(dataDir, { database: EMBEDDED_DATABASE, startParams });
  return { kysely: new Kysely<any>({ dialect: new PGliteDialect(pglite) }), users: 0, close: () => pglite.close() };
}

async function openEmbedded(dataDir: string) {
  const key = path.resolve(dataDir);
  // The promise is shared so that services opening at the same time start one instance.
  let starting = embedded.get(key);
  if (!starting) {
    starting = startEmbedded(key);
    embedded.set(key, starting);
    starting.catch(() => embedded.delete(key));
  }
  const shared = await starting;
  shared.users += 1;
  return {
    kysely: shared.kysely,
    release: async () => {
      shared.users -= 1;
      if (shared.users === 0) {
        embedded.delete(key);
        await shared.close();
      }
    },
  };
}

/**
 * `create schema if not exists` still races when several processes run it at once on a new
 * database: the loser gets a unique violation (23505) or duplicate_schema (42P06). Either way
 * the schema now exists.
 */
async function createSchema(root: Kysely<any>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(root);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw err;
  }
}

/**
 * The same connection, typed with the schema interface `DB`. Nothing is checked at run time:
 * the schema's migrations are what make the interface true.
 */
export function typed<DB>(database: Database<any>): Database<DB> {
  return database;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { schema } = options;
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);

  let root: Kysely<any>;
  let closeRoot: () => Promise<void>;
  let kind: Database['kind'];
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, application_name: `agentvault-${schema}` });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    root = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    closeRoot = () => root.destroy();
    kind = 'postgres';
  } else {
    const handle = await openEmbedded(options.dataDir ?? './.data/pglite');
    root = handle.kysely;
    closeRoot = handle.release;
    kind = 'pglite';
  }
  await createSchema(root, schema);
  let closed = false;
  return {
    db: root.withSchema(schema),
    schema,
    kind,
    ping: async () => {
      await sql`select 1`.execute(root);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await closeRoot();
    },
  };
}
