import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@agentvault/testing';
import { byColumns, openDatabase, migrateToLatest, precompiled, sql, type Database, type Generated, type Kysely, type Migration } from '../src/index.js';

const migrations: Record<string, Migration> = {
  '0001_things': {
    up: async (db) => {
      await db.schema.createTable('things').addColumn('id', 'serial', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull().unique()).execute();
    },
  },
  '0002_ledger_lines': {
    up: async (db) => {
      await db.schema
        .createTable('lines')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('amount', sql.raw('numeric(38,18)'), (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .addColumn('data', 'jsonb', (c) => c.notNull())
        .execute();
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
    assert.deepEqual(await migrateToLatest(a, migrations), ['0001_things', '0002_ledger_lines']);
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

  it('inserts many rows by columns, in order, keeping quotes, backslashes, nulls, exact decimals and JSON', async () => {
    const at = new Date('2026-12-01T10:00:00.123Z');
    const awkward = ['plain', 'a "quoted", {braced} name', 'back\\slash', 'NULL', '', 'ünïcødé ✓', "it's"];
    const rows = awkward.map((name, i) => ({
      name, note: i % 2 === 0 ? null : `note ${name}`, amount: `${i}.000000000000000001`, at,
      data: JSON.stringify({ i, name, nested: { list: [1, 'two', null] } }),
    }));
    const { columns, rows: values } = byColumns({ name: 'text', note: 'text', amount: 'numeric', at: 'timestamptz', data: 'jsonb' }, rows);
    await a.db.insertInto('lines').columns(columns).expression(values).execute();
    const stored = await sql<{ name: string; note: string | null; amount: string; at: Date; data: { i: number; name: string } }>`
      select name, note, amount::text as amount, at, data from ${sql.id(a.schema, 'lines')} order by id`.execute(a.db);
    assert.deepEqual(stored.rows.map((r) => r.name), awkward);
    assert.deepEqual(stored.rows.map((r) => r.note), rows.map((r) => r.note));
    assert.deepEqual(stored.rows.map((r) => r.amount), rows.map((r) => r.amount));
    assert.deepEqual(stored.rows.map((r) => new Date(r.at).toISOString()), rows.map(() => at.toISOString()));
    assert.deepEqual(stored.rows.map((r) => r.data), rows.map((r) => JSON.parse(r.data)));
  });

  it('runs a precompiled query with each call\'s own values, in and out of a transaction', async () => {
    type Things = { things: { id: Generated<number>; name: string } };
    const db = a.db as unknown as Kysely<Things>;
    await db.insertInto('things').values([{ name: 'pre-one' }, { name: 'pre-two' }, { name: 'pre-three' }]).execute();
    // A constant in the query ('pre-%') stays; the two arguments change per call.
    const named = precompiled((q: Kysely<Things>, names: string[], longerThan: number) =>
      q.selectFrom('things').select('name').where('name', 'like', 'pre-%').where('name', '=', sql<string>`any(${names}::text[])`).where(sql<number>`length(name)`, '>', longerThan).orderBy('name'));
    assert.deepEqual((await named(db, ['pre-one', 'pre-two', 'elsewhere'], 0)).map((r) => r.name), ['pre-one', 'pre-two']);
    assert.deepEqual((await named(db, ['pre-three', 'pre-two'], 7)).map((r) => r.name), ['pre-three']);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('things').values({ name: 'pre-four' }).execute();
      assert.deepEqual((await named(trx, ['pre-four'], 0)).map((r) => r.name), ['pre-four']);
    });
    const unbound = precompiled((q: Kysely<Things>, _name: string) => q.selectFrom('things').select('name'));
    await assert.rejects(unbound(db, 'x'), /must bind each of its 1 arguments/);
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
