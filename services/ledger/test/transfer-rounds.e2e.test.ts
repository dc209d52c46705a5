import assert from 'node:assert/strict';
import pg from 'pg';
import { createTestDatabase, startStack, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, type TestAgent } from './helpers.js';

/**
 * Concurrent single transfers share database transactions (group commit). Whatever shares a
 * round with what, each request is judged alone and moves money once.
 */
describe('concurrent single transfers through the gateway', function () {
  this.timeout(180_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let sql: pg.Client;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url });
    a = actors(stack.baseUrl);
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
  after(async () => {
    await sql?.end();
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-5000));
  });

  it('judges each of many concurrent transfers on its own: the balance covers exactly some, a suspended receiver fails alone', async () => {
    // 10.01 AVT pays for exactly ten transfers of 1 AVT with their 0.001 fee.
    const alice = await a.agent();
    await a.fund(alice.did, '10.01');
    const receivers: TestAgent[] = [await a.agent(), await a.agent(), await a.agent()];
    const suspended = await a.agent();
    const res = await a.http('POST', `/api/v1/admin/agents/${suspended.did}/suspend`, { token: await a.admin(), json: { reason: 'review' } });
    assert.equal(res.status, 200, res.text);
    // Others send at the same time, so the rounds mix senders.
    const others = await Promise.all([1, 2, 3].map(async () => {
      const agent = await a.agent();
      await a.fund(agent.did, '5');
      return agent;
    }));

    const fromAlice = Array.from({ length: 25 }, (_, i) => a.transfer(alice, receivers[i % 3]!, '1', {}, `n${i}`));
    const toSuspended = Array.from({ length: 3 }, () => a.transfer(others[0]!, suspended, '1'));
    const fromOthers = others.flatMap((o, i) => Array.from({ length: 4 }, () => a.transfer(o, receivers[i]!, '0.5')));
    const [alices, suspendeds, otherResults] = await Promise.all([Promise.all(fromAlice), Promise.all(toSuspended), Promise.all(fromOthers)]);

    const completed = alices.filter((r) => r.status === 200);
    const refused = alices.filter((r) => r.status !== 200);
    assert.equal(completed.length, 10, alices.map((r) => r.status).join(' '));
    for (const r of refused) {
      assert.equal(r.status, 422, r.text);
      assert.equal(r.body.error.code, 'INSUFFICIENT_FUNDS');
    }
    // Every completed transfer has its own transaction and a sender balance that steps down by 1.001.
    assert.equal(new Set(completed.map((r) => r.body.transaction_id)).size, 10);
    const after = completed.map((r) => Number(r.body.new_sender_balance)).sort((x, y) => y - x);
    after.forEach((balance, i) => assert.ok(Math.abs(balance - (10.01 - 1.001 * (i + 1))) < 1e-9, `balance ${balance} after ${i + 1} transfers`));
    assert.equal(await a.balance(alice.token), '0.000000000000000000');

    for (const r of suspendeds) {
      assert.equal(r.status, 409, r.text);
      assert.equal(r.body.error.code, 'ACCOUNT_SUSPENDED');
    }
    for (const r of otherResults) assert.equal(r.status, 200, r.text);

    // Each transfer: one transaction row, its two events with their emit keys, four postings, two outbox events.
    const tids = [...completed, ...otherResults].map((r) => r.body.transaction_id as string);
    const { rows: [counts] } = await sql.query(
      `select (select count(*)::int from ledger.transactions where id = any($1)) as transactions,
              (select count(*)::int from ledger.ledger_events where transaction_id = any($1)) as events,
              (select count(*)::int from ledger.ledger_events where emit_key = any($2)) as keyed,
              (select count(*)::int from ledger.postings p join ledger.ledger_events e on e.seq = p.event_seq where e.transaction_id = any($1)) as postings,
              (select count(*)::int from ledger.outbox where data->>'transaction_id' = any($1)) as outbox`,
      [tids, tids.flatMap((t) => [`xfer-${t}`, `fee-${t}`])],
    );
    assert.deepEqual(counts, { transactions: tids.length, events: 2 * tids.length, keyed: 2 * tids.length, postings: 4 * tids.length, outbox: 2 * tids.length });
    // They did share transactions: fewer writing transactions (xmin) than transfers.
    const { rows: [shared] } = await sql.query(`select count(distinct xmin::text)::int as n from ledger.transactions where id = any($1)`, [tids]);
    assert.ok(shared.n < tids.length, `${shared.n} transactions for ${tids.length} transfers`);
    assert.equal((await a.audit()).consistent, true);
  });

  it('moves money once for concurrent requests with the same Idempotency-Key, and once per request without one', async () => {
    const alice = await a.agent();
    await a.fund(alice.did, '100');
    const bob = await a.agent();
    const key = { 'Idempotency-Key': `rounds-${Date.now()}` };
    const same = await Promise.all(Array.from({ length: 8 }, () => a.transfer(alice, bob, '2', key)));
    const ok = same.filter((r) => r.status === 200);
    // The gateway answers a duplicate that arrives while the first runs with 409; every 200 is the same transfer.
    for (const r of same) assert.ok([200, 409].includes(r.status), r.text);
    assert.ok(ok.length >= 1);
    assert.equal(new Set(ok.map((r) => r.body.transaction_id)).size, 1);
    const plain = await Promise.all(Array.from({ length: 8 }, () => a.transfer(alice, bob, '1')));
    for (const r of plain) assert.equal(r.status, 200, r.text);
    assert.equal(new Set(plain.map((r) => r.body.transaction_id)).size, 8);
    assert.equal(await a.balance(bob.token), '10.000000000000000000');
    assert.equal(await a.balance(alice.token), (100 - 2.001 - 8 * 1.001).toFixed(3) + '000000000000000');
  });
});
