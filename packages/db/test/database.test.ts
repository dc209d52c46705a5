import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@agentvault/testing';
import { openDatabase, migrateToLatest, sql, type Database, type Migration } from '../src/index.js';

const migrations: Record<string, Migration> = {
  '0001_things': {
    up: async (db) => {
      await db.schema.createTable('things').addColumn('id', 'serial', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull().unique()).execute();
    },
  },
};

function behavesLikePostgres(open: () => Promise<{ a: Database; b: Database; cleanup: () => Promise<void> }>) {
  let a: Database;
  let b: Database;
  let cleanup: () => Promise<void>;
  before(async () => ({ a, b, cleanup } = await open()));
  after(async () => {
    await a.close();
    await b.close();
    await cleanup();
  });

  it('keeps each service in its own schema', async () => {
    assert.deepEqual(await migrateToLatest(a, migrations), ['0001_things']);
    await migrateToLatest(b, migrations);
    await a.db.insertInto('things').values({ name: 'only-in-a' }).execute();
    const inB = await b.db.selectFrom('things').selectAll().execute();
    assert.equal(inB.length, 0);
    const tables = await sql<{ table_schema: string }>`select table_schema from information_schema.tables where table_name = 'things' order by 1`.execute(a.db);
    assert.deepEqual(tables.rows.map((r) => r.table_schema), [a.schema, b.schema].sort());
  });

  it('is idempotent when migrating again', async () => {
    assert.deepEqual(await migrateToLatest(a, migrations), []);
  });

  it('rolls back a failed transaction and serializes concurrent ones', async () => {
    await assert.rejects(
      a.db.transaction().execute(async (trx) => {
        await trx.insertInto('things').values({ name: 'rolled-back' }).execute();
        throw new Error('boom');
      }),
    );
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        a.db.transaction().execute(async (trx) => {
          await trx.insertInto('things').values({ name: `t${i}` }).execute();
        }),
      ),
    );
    const names = (await a.db.selectFrom('things').select('name').execute()).map((r) => r.name);
    assert.ok(!names.includes('rolled-back'));
    assert.equal(names.filter((n) => n.startsWith('t')).length, 20);
  });
}

describe('db on the real PostgreSQL', () => {
  let testDb: TestDatabase;
  behavesLikePostgres(async () => {
    testDb = await createTestDatabase();
    const a = await openDatabase({ url: testDb.url, schema: 'svc_a' });
    const b = await openDatabase({ url: testDb.url, schema: 'svc_b' });
    return { a, b, cleanup: () => testDb.drop() };
  });
});

describe('db on embedded PGlite', () => {
  behavesLikePostgres(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'av-pglite-'));
    const a = await openDatabase({ dataDir: dir, schema: 'svc_a' });
    const b = await openDatabase({ dataDir: dir, schema: 'svc_b' });
    return { a, b, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  });
});

describe('db schema creation under concurrency', () => {
  it('lets many processes open the same new schema at once', async () => {
    const testDb = await createTestDatabase();
    try {
      const opened = await Promise.all(Array.from({ length: 12 }, () => openDatabase({ url: testDb.url, schema: 'raced', poolSize: 1 })));
      await Promise.all(opened.map((d) => d.close()));
    } finally {
      await testDb.drop();
    }
  });
});
