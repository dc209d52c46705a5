import assert from 'node:assert/strict';
import { migrateToLatest, openDatabase, sql, typed, type Database } from '@agentvault/db';
import { createTestDatabase, startAgentVault, type TestDatabase } from '@agentvault/testing';
import { ledgerMigrations } from '../migrations/index.js';
import { parseAmount } from '../src/domain/amount.js';
import { ChainWriter } from '../src/domain/chain-writer.js';
import { LedgerService } from '../src/domain/ledger-service.js';
import type { UnitOfWork } from '../src/domain/ports.js';
import { createChainStore, verifyLedgerChain } from '../src/store/chain-store.js';
import { createLedgerAudit, createUnitOfWork } from '../src/store/ledger-store.js';
import type { LedgerDatabase } from '../src/store/schema.js';

let agents = 0;
const newDid = () => `did:agentvault:chain-${process.pid}-${++agents}`;

/** `agentvault verify-ledger` against the test database: its exit code and what it printed. */
async function verifyLedgerCli(url: string): Promise<{ code: number | null; report: { ok: boolean; broken: { seq: string } | null } }> {
  const proc = startAgentVault('verify-ledger', ['verify-ledger'], { DATABASE_URL: url, LOG_LEVEL: 'warn' });
  const code = await proc.exited;
  const out = proc.output.join('');
  return { code, report: JSON.parse(out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1)) };
}

describe('ledger hash chain on PostgreSQL', function () {
  this.timeout(60_000);
  let testDb: TestDatabase;
  let database: Database<LedgerDatabase>;
  let uow: UnitOfWork;
  let ledger: LedgerService;
  let chain: ChainWriter;

  before(async () => {
    testDb = await createTestDatabase('av_ledger_chain');
    database = typed<LedgerDatabase>(await openDatabase({ url: testDb.url, schema: 'ledger', poolSize: 10 }));
    await migrateToLatest(database, ledgerMigrations);
    chain = new ChainWriter(createChainStore(database), { pollMs: 50, onError: (err) => console.error(err) });
    uow = createUnitOfWork(database, () => chain.notify());
    ledger = new LedgerService(uow, { find: async () => null }, createLedgerAudit(database), {
      transferFee: parseAmount('0.001'), mintingEnabled: true, genesisSupply: parseAmount('1000000'), idempotencyTtlSeconds: 60,
    });
    await ledger.mintGenesisSupply();
  });
  after(async () => {
    await chain?.stop();
    await database?.close();
    await testDb?.drop();
  });

  async function agent(balance: string): Promise<string> {
    const did = newDid();
    await uow.run((repos) => repos.accounts.openAgent(did, 'dev-1'));
    await ledger.fundAgent({ agentDid: did, amount: balance });
    return did;
  }

  it('chains every event in seq order, concurrent transfers included, off the transfer path', async () => {
    chain.start();
    const [a, b] = [await agent('100'), await agent('100')];
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? ledger.transfer({ senderDid: a, receiverDid: b, amount: '1' }) : ledger.transfer({ senderDid: b, receiverDid: a, amount: '1' }))));
    await chain.catchUp();
    const { head, pending } = await chain.head();
    const { rows } = await sql<{ max: string }>`select max(seq) as max from ledger.ledger_events`.execute(database.db);
    assert.equal(head.seq, BigInt(rows[0]!.max));
    assert.equal(pending, 0n);
    assert.match(head.hash, /^[0-9a-f]{64}$/);
    const verdict = await chain.verify();
    assert.equal(verdict.ok, true, JSON.stringify(verdict.broken));
    assert.equal(BigInt(verdict.checked), head.seq);
    assert.equal((await verifyLedgerCli(testDb.url)).code, 0);
  });

  it('refuses to rewrite a link', async () => {
    await assert.rejects(sql`update ledger.ledger_chain set hash = 'x' where seq = 1`.execute(database.db), /append-only/);
  });

  it('finds a changed ledger row: VerifyChain and agentvault verify-ledger name its seq, the CLI exits non-zero', async () => {
    await chain.catchUp();
    const { rows } = await sql<{ seq: string }>`select seq from ledger.ledger_events where type = 'TokensTransferred' order by seq desc limit 1 offset 3`.execute(database.db);
    const target = rows[0]!.seq;
    // What someone with database access would do: lift the append-only guard and edit an amount.
    await database.db.transaction().execute(async (trx) => {
      await sql`alter table ledger.ledger_events disable trigger ledger_events_append_only`.execute(trx);
      await sql`update ledger.ledger_events set payload = jsonb_set(payload, '{amount}', '"0.5"') where seq = ${target}`.execute(trx);
      await sql`alter table ledger.ledger_events enable trigger ledger_events_append_only`.execute(trx);
    });
    const verdict = await chain.verify();
    assert.equal(verdict.ok, false);
    assert.equal(verdict.broken?.seq, BigInt(target));
    assert.match(verdict.broken!.reason, /no longer matches/);
    assert.ok(verdict.checked > 0 && verdict.checked < Number(target));

    const direct = await verifyLedgerChain(database);
    assert.equal(direct.broken?.seq, BigInt(target));
    const cli = await verifyLedgerCli(testDb.url);
    assert.notEqual(cli.code, 0);
    assert.equal(cli.report.ok, false);
    assert.equal(cli.report.broken?.seq, target);
  });
});
