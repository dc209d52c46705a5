import assert from 'node:assert/strict';
import { migrateToLatest, openDatabase, sql, typed, type Database } from '@agentvault/db';
import { createTestDatabase, type TestDatabase } from '@agentvault/testing';
import { ledgerMigrations, FEE_ACCOUNT_SHARDS } from '../migrations/index.js';
import { amountFromDb, parseAmount } from '../src/domain/amount.js';
import { SYSTEM_ACCOUNTS } from '../src/domain/accounts.js';
import { LedgerService } from '../src/domain/ledger-service.js';
import type { UnitOfWork } from '../src/domain/ports.js';
import { createLedgerAudit, createUnitOfWork } from '../src/store/ledger-store.js';
import type { LedgerDatabase } from '../src/store/schema.js';

const AVT = (n: string) => parseAmount(n);
const FEE = AVT('0.001');
let agents = 0;
const newDid = () => `did:agentvault:store-${process.pid}-${++agents}`;

describe('ledger store on PostgreSQL', function () {
  this.timeout(30_000);
  let testDb: TestDatabase;
  let database: Database<LedgerDatabase>;
  let uow: UnitOfWork;
  let ledger: LedgerService;

  before(async () => {
    testDb = await createTestDatabase('av_ledger_store');
    database = typed<LedgerDatabase>(await openDatabase({ url: testDb.url, schema: 'ledger', poolSize: 10 }));
    await migrateToLatest(database, ledgerMigrations);
    uow = createUnitOfWork(database);
    ledger = new LedgerService(uow, { find: async () => null }, createLedgerAudit(database), {
      transferFee: FEE, mintingEnabled: true, genesisSupply: AVT('1000000'), idempotencyTtlSeconds: 60,
    });
    assert.equal(await ledger.mintGenesisSupply(), 'minted');
  });
  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  async function agent(balance = '0'): Promise<string> {
    const did = newDid();
    await uow.run((repos) => repos.accounts.openAgent(did, 'dev-1'));
    if (balance !== '0') await ledger.fundAgent({ agentDid: did, amount: balance });
    return did;
  }

  it('keeps every event balanced and the balances equal to the sum of the postings', async () => {
    const [a, b] = [await agent('10'), await agent()];
    await ledger.transfer({ senderDid: a, receiverDid: b, amount: '2.25' });
    await ledger.transfer({ senderDid: b, receiverDid: a, amount: '1' });
    await ledger.systemTransfer({ senderDid: a, amount: '0.5' });

    const { rows: unbalanced } = await sql<{ event_seq: string }>`select event_seq from ledger.postings group by event_seq having sum(amount) <> 0`.execute(database.db);
    assert.deepEqual(unbalanced, []);
    // The projection: each account's balance (shards included) is what its postings add up to.
    const { rows } = await sql<{ id: string; balance: string; posted: string }>`
      select a.id, a.balance + coalesce((select sum(s.balance) from ledger.account_shards s where s.account_id = a.id), 0) as balance,
             coalesce((select sum(p.amount) from ledger.postings p where p.account_id = a.id), 0) as posted
      from ledger.accounts a`.execute(database.db);
    for (const row of rows) assert.equal(amountFromDb(row.balance), amountFromDb(row.posted), row.id);

    const audit = await ledger.auditReport();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
    assert.equal(audit.unbalanced_transactions, 0);
  });

  it('refuses to take an agent below zero, in the database itself', async () => {
    const a = await agent('1');
    await assert.rejects(uow.run((repos) => repos.accounts.adjust(a, -AVT('1.000000000000000001'))), /accounts_balance_non_negative/);
    assert.equal((await uow.read.accounts.get(a))!.balance, AVT('1'));
    // The issuance account alone holds minus the supply.
    assert.ok((await uow.read.accounts.get(SYSTEM_ACCOUNTS.issuance))!.balance < 0n);
  });

  it('never overdraws under concurrent transfers from one sender', async () => {
    const [a, b] = [await agent('10'), await agent()];
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => ledger.transfer({ senderDid: a, receiverDid: b, amount: '3' })));
    const done = results.filter((r) => r.status === 'fulfilled').length;
    assert.equal(done, 3, 'three transfers of 3 (plus fees) fit in 10');
    assert.equal((await uow.read.accounts.get(a))!.balance, AVT('10') - 3n * (AVT('3') + FEE));
    assert.equal((await uow.read.accounts.get(b))!.balance, 3n * AVT('3'));
  });

  it('refuses UPDATE and DELETE on the event store and its postings', async () => {
    for (const table of ['ledger_events', 'postings']) {
      await assert.rejects(sql`update ${sql.id('ledger', table)} set ${sql.id(table === 'postings' ? 'amount' : 'type')} = ${table === 'postings' ? 0 : 'X'}`.execute(database.db), /append-only/);
      await assert.rejects(sql`delete from ${sql.id('ledger', table)}`.execute(database.db), /append-only/);
    }
  });

  it('writes an emit key once: a second append is a no-op, appendMany returns only the new keys', async () => {
    const [a, b] = [await agent(), await agent()];
    const event = (emitKey: string) => ({
      emitKey, type: 'TokensTransferred' as const, transactionId: null, payload: { test: true },
      postings: [{ accountId: a, amount: -1n }, { accountId: b, amount: 1n }],
    });
    const key = `test-${a}`;
    assert.equal(await uow.run((repos) => repos.eventStore.append(event(key))), true);
    assert.equal(await uow.run((repos) => repos.eventStore.append(event(key))), false);
    const written = await uow.run((repos) => repos.eventStore.appendMany([event(key), event(`${key}-2`)]));
    assert.deepEqual([...written], [`${key}-2`]);
    assert.equal(await uow.read.eventStore.exists(key), true);
    const { rows } = await sql<{ n: string }>`select count(*) as n from ledger.postings p join ledger.ledger_events e on e.seq = p.event_seq where e.emit_key = ${key}`.execute(database.db);
    assert.equal(Number(rows[0]!.n), 2, 'the refused append wrote no postings');
  });

  it('spreads fees over the fee account shards and counts them in its balance', async () => {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ledger.account_shards where account_id = ${SYSTEM_ACCOUNTS.fees}`.execute(database.db);
    assert.equal(Number(rows[0]!.n), FEE_ACCOUNT_SHARDS);
    const before = (await uow.read.accounts.get(SYSTEM_ACCOUNTS.fees))!.balance;
    const [a, b] = [await agent('1'), await agent()];
    for (let i = 0; i < 5; i += 1) await ledger.transfer({ senderDid: a, receiverDid: b, amount: '0.1' });
    assert.equal((await uow.read.accounts.get(SYSTEM_ACCOUNTS.fees))!.balance - before, 5n * FEE);
    const { rows: plain } = await sql<{ balance: string }>`select balance from ledger.accounts where id = ${SYSTEM_ACCOUNTS.fees}`.execute(database.db);
    assert.equal(amountFromDb(plain[0]!.balance), 0n, 'fees land on the shards, not on the hot row');
  });

  it('claims an idempotency key once per scope; a mismatch is told apart; an expired key is taken again', async () => {
    const claim = { scope: `scope-${newDid()}`, key: 'k', requestHash: 'h1' };
    assert.deepEqual(await uow.run((repos) => repos.idempotency.claim(claim, 'tx_a', 60)), { kind: 'new' });
    assert.deepEqual(await uow.run((repos) => repos.idempotency.claim(claim, 'tx_b', 60)), { kind: 'replay', transactionId: 'tx_a' });
    assert.deepEqual(await uow.run((repos) => repos.idempotency.claim({ ...claim, requestHash: 'h2' }, 'tx_c', 60)), { kind: 'mismatch' });
    assert.deepEqual(await uow.run((repos) => repos.idempotency.claim({ ...claim, scope: `${claim.scope}-other` }, 'tx_d', 60)), { kind: 'new' });
    // A TTL of 0: the key recorded by an earlier transaction has expired, so it is claimed anew.
    assert.deepEqual(await uow.run((repos) => repos.idempotency.claim({ ...claim, requestHash: 'h3' }, 'tx_e', 0)), { kind: 'new' });
    assert.deepEqual(await uow.run((repos) => repos.idempotency.claim({ ...claim, requestHash: 'h3' }, 'tx_f', 60)), { kind: 'replay', transactionId: 'tx_e' });
  });
});
