import assert from 'node:assert/strict';
import pg from 'pg';
import { Redis } from 'ioredis';
import { createClient } from '@agentvault/grpc';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { DomainError } from '@agentvault/errors';
import { createTestDatabase, startStack, TEST_REDIS_URL, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, type TestAgent } from './helpers.js';

const PATH = '/api/v1/teg/transfers/batch';

describe('transfer batches through the gateway', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let sql: pg.Client;
  let bob: TestAgent;
  let dave: TestAgent;
  let suspendedAgent: TestAgent;

  const batch = (from: TestAgent, body: unknown, headers: Record<string, string> = {}) => a.http('POST', PATH, { token: from.token, headers, json: body });
  const funded = async (amount: string) => {
    const agent = await a.agent();
    await a.fund(agent.did, amount);
    return agent;
  };

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url });
    a = actors(stack.baseUrl);
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    [bob, dave, suspendedAgent] = [await a.agent(), await a.agent(), await a.agent()];
    const suspended = await a.http('POST', `/api/v1/admin/agents/${suspendedAgent.did}/suspend`, { token: await a.admin(), json: { reason: 'review' } });
    assert.equal(suspended.status, 200, suspended.text);
  });
  after(async () => {
    await sql?.end();
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-5000));
  });

  it('applies each transfer on its own: failures leave the others alone', async () => {
    const alice = await funded('10');
    const [bobBefore, daveBefore] = [await a.balance(bob.token), await a.balance(dave.token)];
    const res = await batch(alice, {
      transfers: [
        { receiver_agent_id: bob.did, amount: '3', message: 'first' },
        { receiver_agent_id: 'did:agentvault:nobody', amount: '1' },
        { receiver_agent_id: suspendedAgent.did, amount: '1' },
        { receiver_agent_id: bob.did, amount: 2 },
        { receiver_agent_id: dave.did, amount: '100' },
        { receiver_agent_id: dave.did, amount: '1' },
        { receiver_agent_id: alice.did, amount: '1' },
      ],
    });
    assert.equal(res.status, 200, res.text);
    const r = res.body;
    assert.deepEqual(r.results.map((x: any) => [x.index, x.status, x.error?.code]), [
      [0, 'completed', undefined], [1, 'failed', 'NOT_FOUND'], [2, 'failed', 'ACCOUNT_SUSPENDED'], [3, 'completed', undefined],
      [4, 'failed', 'INSUFFICIENT_FUNDS'], [5, 'completed', undefined], [6, 'failed', 'SELF_TRANSFER'],
    ]);
    assert.equal(r.completed, 3);
    assert.equal(r.failed, 4);
    assert.equal(r.new_sender_balance, '3.997000000000000000');
    assert.match(r.results[4].error.detail, /Insufficient funds: balance 4\.998/);
    for (const i of [0, 3, 5]) {
      assert.match(r.results[i].transaction_id, /^tx_/);
      assert.equal(r.results[i].fee_amount, '0.001000000000000000');
    }
    assert.equal(await a.balance(alice.token), '3.997000000000000000');
    assert.equal(Number(await a.balance(bob.token)) - Number(bobBefore), 5);
    assert.equal(Number(await a.balance(dave.token)) - Number(daveBefore), 1);

    // Each transfer is an ordinary transaction with its own emit keys and its own event.
    const tids = [0, 3, 5].map((i) => r.results[i].transaction_id as string);
    const history = await a.http('GET', '/api/v1/teg/transactions', { token: alice.token });
    assert.equal(history.status, 200, history.text);
    const listed = history.body.items.filter((t: any) => tids.includes(t.transaction_id));
    assert.equal(listed.length, 3);
    assert.equal(listed.find((t: any) => t.transaction_id === tids[0]).attached_message, 'first');
    const keys = await sql.query(`select emit_key from ledger.ledger_events where transaction_id = any($1) order by emit_key`, [tids]);
    assert.deepEqual(keys.rows.map((row) => row.emit_key), tids.flatMap((t) => [`fee-${t}`, `xfer-${t}`]).sort());
    const events = await sql.query(`select data->>'transaction_id' as tid from ledger.outbox where type = 'transaction.completed' and data->>'transaction_id' = any($1)`, [tids]);
    assert.deepEqual(events.rows.map((row) => row.tid).sort(), [...tids].sort());
    assert.equal((await a.audit()).consistent, true);
  });

  it('atomic: one failure applies none, and every result says why', async () => {
    const carol = await funded('5');
    const bobBefore = await a.balance(bob.token);
    const res = await batch(carol, {
      atomic: true,
      transfers: [{ receiver_agent_id: bob.did, amount: '1' }, { receiver_agent_id: dave.did, amount: '10' }, { receiver_agent_id: bob.did, amount: '1' }],
    });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.results.map((x: any) => [x.status, x.error.code]), [['failed', 'LINKED_FAILURE'], ['failed', 'INSUFFICIENT_FUNDS'], ['failed', 'LINKED_FAILURE']]);
    assert.equal(res.body.completed, 0);
    assert.equal(res.body.failed, 3);
    assert.equal(res.body.new_sender_balance, '5.000000000000000000');
    assert.equal(await a.balance(carol.token), '5.000000000000000000');
    assert.equal(await a.balance(bob.token), bobBefore);

    const ok = await batch(carol, { atomic: true, transfers: [{ receiver_agent_id: bob.did, amount: '1' }, { receiver_agent_id: dave.did, amount: '2' }] });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.completed, 2);
    assert.equal(ok.body.new_sender_balance, '1.998000000000000000');
  });

  it('a replay with the same Idempotency-Key moves money once', async () => {
    const erin = await funded('10');
    const headers = { 'Idempotency-Key': `batch-${Date.now()}` };
    const body = { transfers: [{ receiver_agent_id: bob.did, amount: '1' }, { receiver_agent_id: dave.did, amount: '2' }] };
    const first = await batch(erin, body, headers);
    assert.equal(first.status, 200, first.text);
    const again = await batch(erin, body, headers);
    assert.equal(again.status, 200, again.text);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    assert.equal(await a.balance(erin.token), '6.998000000000000000');

    // Without the gateway's record, the ledger's own claim answers with the recorded results.
    const redis = new Redis(TEST_REDIS_URL);
    try {
      assert.equal(await redis.del(`${stack.env.REDIS_KEY_PREFIX}idem:agent:${erin.did}:${headers['Idempotency-Key']}`), 1);
    } finally {
      redis.disconnect();
    }
    const fromLedger = await batch(erin, body, headers);
    assert.equal(fromLedger.status, 200, fromLedger.text);
    assert.equal(fromLedger.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(fromLedger.body, first.body);
    assert.equal(await a.balance(erin.token), '6.998000000000000000');
    assertProblem(await batch(erin, { transfers: [{ receiver_agent_id: bob.did, amount: '5' }] }, headers), 422);
    assert.equal(await a.balance(erin.token), '6.998000000000000000');
  });

  it('takes 1,000 transfers in one request and refuses 1,001 (and none) with 422', async () => {
    const frank = await funded('10');
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ receiver_agent_id: i % 2 ? bob.did : dave.did, amount: '0.001' }));
    const full = await batch(frank, { transfers: many(1000) });
    assert.equal(full.status, 200, full.text);
    assert.equal(full.body.completed, 1000);
    assert.deepEqual(full.body.results.map((x: any) => x.index), Array.from({ length: 1000 }, (_, i) => i));
    assert.equal(full.body.new_sender_balance, '8.000000000000000000');
    assert.equal(await a.balance(frank.token), '8.000000000000000000');

    const tooMany = await batch(frank, { transfers: many(1001) });
    assertProblem(tooMany, 422);
    assertProblem(await batch(frank, { transfers: [] }), 422);
    assert.equal(await a.balance(frank.token), '8.000000000000000000');
  });

  it('rolls back a batch whose caller stopped waiting before it committed', async () => {
    const gina = await funded('10');
    const impatient = createClient(ledgerContract, stack.addresses.ledger!, { deadlineMs: 400 });
    // Another transaction holds gina's account, so the batch waits for its lock past the caller's deadline.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from ledger.accounts where id = $1 for update', [gina.did]);
      await assert.rejects(
        impatient.call('TransferBatch', { sender_did: gina.did, atomic: false, transfers: [{ receiver_did: bob.did, amount: '4', message: '' }] }),
        (err: unknown) => err instanceof DomainError && err.kind === 'service_unavailable',
      );
      await holder.query('commit');
    } finally {
      impatient.close();
      await holder.end();
    }
    // This batch locks gina's account too, so it runs after the abandoned one has ended either way.
    const after = await batch(gina, { transfers: [{ receiver_agent_id: bob.did, amount: '1' }] });
    assert.equal(after.status, 200, after.text);
    assert.equal(after.body.new_sender_balance, '8.999000000000000000');
    assert.equal(await a.balance(gina.token), '8.999000000000000000');
    const history = await a.http('GET', '/api/v1/teg/transactions?transaction_type=transfer', { token: gina.token });
    assert.equal(history.body.total, 1, history.text);
  });

  it('a suspended sender is refused with 403, and the audit agrees at the end', async () => {
    assertProblem(await batch(suspendedAgent, { transfers: [{ receiver_agent_id: bob.did, amount: '1' }] }), 403, /suspended/);
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
    assert.equal(audit.unbalanced_transactions, 0);
    assert.equal(audit.negative_balances, 0);
  });
});
