import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';

/**
 * Applies a service's migrations inside its own schema. Migration names sort in order
 * (use a numeric prefix); each migration's `db` already points at the service's schema.
 */
export async function migrateToLatest<DB>(database: Database<DB>, migrations: Record<string, Migration>): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({
    // Migrations run on an untyped Kysely: they create the tables the typed interfaces describe.
    db: database.db as Kysely<any>,
    provider,
    migrationTableSchema: database.schema,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migrations for schema ${database.schema} failed${failed ? ` at ${failed}` : ''}: ${(error as Error).message}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
