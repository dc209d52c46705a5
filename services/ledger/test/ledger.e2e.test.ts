import assert from 'node:assert/strict';
import pg from 'pg';
import { Redis } from 'ioredis';
import { CLOSED_PORT, createTestDatabase, startStack, TEST_REDIS_URL, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, type TestAgent } from './helpers.js';

describe('ledger through the gateway', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url, env: { IDEMPOTENCY_TTL_SECONDS: '2' } });
    a = actors(stack.baseUrl);
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-5000));
  });

  describe('funding and transfers', () => {
    let alice: TestAgent;
    let bob: TestAgent;
    before(async () => {
      alice = await a.agent();
      bob = await a.agent();
    });

    it('funds an agent from the treasury, admins only', async () => {
      const funded = await a.fund(alice.did, '100');
      assert.equal(funded.agent_did, alice.did);
      assert.equal(funded.amount, '100.000000000000000000');
      assert.equal(funded.new_balance, '100.000000000000000000');
      assert.match(funded.transaction_id, /^tx_/);
      assert.equal(await a.balance(alice.token), '100.000000000000000000');
      const devToken = await a.developer();
      assertProblem(await a.http('POST', '/api/v1/teg/treasury/fund-agent', { token: devToken, json: { agent_did: alice.did, amount: '1' } }), 403, /Admin/);
      assertProblem(await a.http('POST', '/api/v1/teg/treasury/fund-agent', { token: alice.token, json: { agent_did: alice.did, amount: '1' } }), 401);
      assertProblem(await a.http('POST', '/api/v1/teg/treasury/fund-agent', { token: await a.admin(), json: { agent_did: 'did:agentvault:nobody', amount: '1' } }), 404);
    });

    it('transfers with the fee on top, into the fee account', async () => {
      const fees = await a.http('GET', '/api/v1/teg/fees/config');
      assert.equal(fees.status, 200);
      assert.equal(fees.body.transfer_fee_amount, '0.001000000000000000');
      assert.equal(fees.body.fee_active, true);

      const res = await a.transfer(alice, bob, '10.5', {}, 'for the forecast');
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(
        { ...res.body, transaction_id: undefined, timestamp: undefined },
        {
          transaction_id: undefined, timestamp: undefined, status: 'completed', sender_agent_id: alice.did, receiver_agent_id: bob.did,
          amount: '10.500000000000000000', fee_amount: '0.001000000000000000', new_sender_balance: '89.499000000000000000', attached_message: 'for the forecast',
        },
      );
      assert.equal(await a.balance(bob.token), '10.500000000000000000');
      const number = await a.transfer(alice, bob, 0.25);
      assert.equal(number.status, 200, number.text);
      assert.equal(number.body.amount, '0.250000000000000000');
      assert.equal((await a.audit()).consistent, true);
    });

    it('refuses bad amounts with 422 naming the field', async () => {
      for (const amount of ['0', 0, '-5', -5, 'abc', 'NaN', '1.0000000000000000001', '100000000000000000000000', null, {}, true]) {
        const res = await a.transfer(alice, bob, amount);
        assertProblem(res, 422);
        assert.equal(res.body.error.field, 'amount', JSON.stringify(amount));
      }
    });

    it('refuses insufficient funds, a transfer to oneself and an unknown receiver', async () => {
      const poor = await a.agent();
      const broke = await a.transfer(poor, bob, '1');
      assertProblem(broke, 422, /Insufficient funds/);
      assert.equal(broke.body.error.code, 'INSUFFICIENT_FUNDS');
      assertProblem(await a.transfer(alice, alice, '1'), 422, /yourself/);
      assertProblem(await a.http('POST', '/api/v1/teg/transfer', { token: alice.token, json: { receiver_agent_id: 'did:agentvault:0000', amount: '1' } }), 404, /not found/);
      assertProblem(await a.http('POST', '/api/v1/teg/transfer', { token: alice.developerToken, json: { receiver_agent_id: bob.did, amount: '1' } }), 401, /Could not validate agent credentials/);
    });

    it('suspends and reinstates an agent: a suspended sender gets 403', async () => {
      const admin = await a.admin();
      const suspended = await a.http('POST', `/api/v1/admin/agents/${alice.did}/suspend`, { token: admin, json: { reason: 'review' } });
      assert.equal(suspended.status, 200, suspended.text);
      assert.equal(suspended.body.status, 'suspended');
      assertProblem(await a.transfer(alice, bob, '1'), 403, /suspended/);
      // Identity mirrors the suspension: the agent shows it and gets no new tokens.
      await waitFor(async () => (await a.http('GET', `/api/v1/agents/by-did/${alice.did}`)).body.status === 'suspended', { what: 'identity to mirror the suspension' });
      assertProblem(await a.http('POST', `/api/v1/admin/agents/${alice.did}/suspend`, { token: alice.developerToken, json: {} }), 403);
      const back = await a.http('POST', `/api/v1/admin/agents/${alice.did}/reinstate`, { token: admin, json: {} });
      assert.equal(back.body.status, 'active');
      await waitFor(async () => (await a.http('GET', `/api/v1/agents/by-did/${alice.did}`)).body.status === 'active', { what: 'identity to mirror the reinstatement' });
      assert.equal((await a.transfer(alice, bob, '1')).status, 200);
    });

    it('pays the treasury with a system transfer', async () => {
      const res = await a.http('POST', '/api/v1/teg/system-transfer', { token: bob.token, json: { amount: '0.5', purpose: 'listing fee' } });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.system_receiver_id, 'did:agentvault:treasury');
      assert.equal(res.body.purpose, 'listing fee');
      assert.equal(res.body.new_sender_balance, '11.250000000000000000');
    });

    it('lists transactions newest first, by type and date range, a page at a time', async () => {
      const all = await a.http('GET', '/api/v1/teg/transactions', { token: alice.token });
      assert.equal(all.status, 200);
      assert.equal(all.body.total, all.body.items.length);
      assert.deepEqual(all.body.items, all.body.transactions);
      const types = all.body.items.map((t: any) => t.transaction_type);
      assert.deepEqual([...new Set(types)].sort(), ['funding', 'transfer']);
      const stamps = all.body.items.map((t: any) => Date.parse(t.timestamp));
      assert.deepEqual(stamps, [...stamps].sort((x, y) => y - x));

      const transfers = await a.http('GET', '/api/v1/teg/transactions?transaction_type=transfer&limit=1', { token: alice.token });
      assert.equal(transfers.body.items.length, 1);
      assert.equal(transfers.body.total, all.body.total - 1);
      const future = new Date(Date.now() + 3600_000).toISOString();
      const none = await a.http('GET', `/api/v1/teg/transactions?start_date=${encodeURIComponent(future)}`, { token: alice.token });
      assert.equal(none.body.total, 0);
      const past = await a.http('GET', `/api/v1/teg/transactions?end_date=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, { token: alice.token });
      assert.equal(past.body.total, all.body.total);
      assertProblem(await a.http('GET', '/api/v1/teg/transactions?transaction_type=gift', { token: alice.token }), 422);
      assertProblem(await a.http('GET', '/api/v1/teg/transactions?start_date=yesterday', { token: alice.token }), 422);
      assertProblem(await a.http('GET', '/api/v1/teg/transactions?limit=500', { token: alice.token }), 422);
    });

    it("shows a developer its own agents' balances, and nobody else's", async () => {
      const mine = await a.http('GET', `/api/v1/developers/me/agents/${alice.did}/balance`, { token: alice.developerToken });
      assert.equal(mine.status, 200, mine.text);
      assert.equal(mine.body.balance, await a.balance(alice.token));
      assertProblem(await a.http('GET', `/api/v1/developers/me/agents/${bob.did}/balance`, { token: alice.developerToken }), 404);
      const batch = await a.http('POST', '/api/v1/developers/me/agents/balances', { token: alice.developerToken, json: { agent_dids: [alice.did, bob.did] } });
      assert.equal(batch.status, 200);
      assert.deepEqual(Object.keys(batch.body.balances), [alice.did]);
      assert.deepEqual(batch.body.not_found, [bob.did]);
      const list = await a.http('GET', '/api/v1/developers/me/agents', { token: alice.developerToken });
      assert.equal(list.status, 200, list.text);
      assert.equal(list.body.items[0].liquid_balance, mine.body.balance);
      assert.equal(list.body.items[0].staked_balance, '0.000000000000000000');
      assert.equal(typeof list.body.items[0].reputation_score, 'number');
      const summary = await a.http('GET', '/api/v1/developers/me/teg-summary', { token: alice.developerToken });
      assert.equal(summary.status, 200);
      assert.equal(summary.body.agent_count, 1);
      assert.equal(summary.body.total_liquid_balance, mine.body.balance);
    });

    it('mints and burns, and the audit agrees', async () => {
      const admin = await a.admin();
      const before = await a.audit();
      const minted = await a.http('POST', '/api/v1/admin/teg/issue', { token: admin, json: { amount: '500', reason: 'grant', recipient_agent_id: bob.did } });
      assert.equal(minted.status, 200, minted.text);
      const burned = await a.http('POST', '/api/v1/admin/teg/burn', { token: admin, json: { amount: '200' } });
      assert.equal(burned.status, 200, burned.text);
      const after = await a.audit();
      assert.equal(after.consistent, true);
      assert.equal(Number(after.total_minted) - Number(before.total_minted), 500);
      assert.equal(Number(after.total_burned) - Number(before.total_burned), 200);
      assert.equal(after.sum_of_balances, after.circulating_supply);
      assertProblem(await a.http('POST', '/api/v1/admin/teg/issue', { token: bob.developerToken, json: { amount: '1' } }), 403);
    });
  });

  describe('Idempotency-Key', () => {
    let payer: TestAgent;
    let payee: TestAgent;
    let client: pg.Client;
    before(async () => {
      payer = await a.agent();
      payee = await a.agent();
      await a.fund(payer.did, '1000');
      client = new pg.Client({ connectionString: db.url });
      await client.connect();
    });
    after(() => client.end());

    const transfersOf = async (did: string) =>
      Number((await client.query(`select count(*) from ledger.transactions where sender_id = $1 and type = 'transfer'`, [did])).rows[0].count);
    const eventsFor = async (did: string) =>
      Number((await client.query(`select count(*) from ledger.outbox where type = 'transaction.completed' and data->>'sender_agent_id' = $1`, [did])).rows[0].count);

    it('without a key, executes every time', async () => {
      const before = await transfersOf(payer.did);
      await a.transfer(payer, payee, '1');
      await a.transfer(payer, payee, '1');
      assert.equal(await transfersOf(payer.did), before + 2);
    });

    it('replays the same key and body: same response, no second movement or event', async () => {
      const before = await transfersOf(payer.did);
      const eventsBefore = await eventsFor(payer.did);
      const headers = { 'Idempotency-Key': `replay-${Date.now()}` };
      const first = await a.transfer(payer, payee, '2', headers);
      assert.equal(first.status, 200, first.text);
      const second = await a.transfer(payer, payee, '2', headers);
      assert.equal(second.status, 200);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(second.body, first.body);
      assert.equal(await transfersOf(payer.did), before + 1);
      assert.equal(await eventsFor(payer.did), eventsBefore + 1);
    });

    it('refuses the same key with another body (422)', async () => {
      const headers = { 'Idempotency-Key': `mismatch-${Date.now()}` };
      assert.equal((await a.transfer(payer, payee, '3', headers)).status, 200);
      const other = await a.transfer(payer, payee, '4', headers);
      assertProblem(other, 422, /different request body/);
    });

    it('moves money once for 50 concurrent requests with one key', async () => {
      const before = await transfersOf(payer.did);
      const headers = { 'Idempotency-Key': `burst-${Date.now()}` };
      const results = await Promise.all(Array.from({ length: 50 }, () => a.transfer(payer, payee, '5', headers)));
      const ok = results.filter((r) => r.status === 200);
      const busy = results.filter((r) => r.status === 409);
      assert.equal(ok.length + busy.length, 50, results.map((r) => r.status).join(','));
      assert.ok(ok.length >= 1);
      assert.equal(new Set(ok.map((r) => r.body.transaction_id)).size, 1);
      for (const r of busy) assertProblem(r, 409, /still being processed/);
      assert.equal(await transfersOf(payer.did), before + 1);
    });

    it('executes again once the key has expired', async () => {
      const key = `expiry-${Date.now()}`;
      const first = await a.transfer(payer, payee, '6', { 'Idempotency-Key': key });
      assert.equal(first.status, 200);
      const redis = new Redis(TEST_REDIS_URL);
      try {
        const redisKey = `${stack.env.REDIS_KEY_PREFIX}idem:agent:${payer.did}:${key}`;
        await waitFor(async () => (await redis.exists(redisKey)) === 0, { what: 'the gateway record to expire' });
        await waitFor(
          async () => (await client.query(`select count(*) from ledger.idempotency_keys where key = $1 and created_at > now() - interval '2 seconds'`, [key])).rows[0].count === '0',
          { what: 'the ledger record to expire' },
        );
      } finally {
        redis.disconnect();
      }
      const again = await a.transfer(payer, payee, '6', { 'Idempotency-Key': key });
      assert.equal(again.status, 200);
      assert.notEqual(again.body.transaction_id, first.body.transaction_id);
    });

    it('still moves money once when Redis is down (the ledger layer)', async function () {
      const down = await startStack({
        layout: 'all',
        databaseUrl: db.url,
        env: { REDIS_URL: `redis://127.0.0.1:${CLOSED_PORT}`, MIGRATE_ON_START: 'false' },
      });
      try {
        const b = actors(down.baseUrl);
        const headers = { 'Idempotency-Key': `no-redis-${Date.now()}` };
        const before = await transfersOf(payer.did);
        const first = await b.transfer(payer, payee, '7', headers);
        assert.equal(first.status, 200, first.text);
        const replay = await b.transfer(payer, payee, '7', headers);
        assert.equal(replay.status, 200);
        assert.equal(replay.body.transaction_id, first.body.transaction_id);
        assert.equal(replay.headers.get('idempotent-replayed'), 'true');
        assertProblem(await b.transfer(payer, payee, '8', headers), 422, /different request body/);
        assert.equal(await transfersOf(payer.did), before + 1);
      } finally {
        await down.stop();
      }
    });
  });

  describe('on a registry that cannot mint', () => {
    // A satellite keeps no ledger of its own (its parent's is its ledger): with the parent out of
    // reach it still refuses minting itself, and answers the audit with a 503, never made-up figures.
    it('refuses issuance with 403 and makes up no supply of its own', async () => {
      const satelliteDb = await createTestDatabase();
      const satellite = await startStack({ layout: 'all', databaseUrl: satelliteDb.url, env: { REGISTRY_ROLE: 'satellite', PARENT_REGISTRY_URL: 'https://parent.example.com' } });
      try {
        const s = actors(satellite.baseUrl);
        assertProblem(await s.http('POST', '/api/v1/admin/teg/issue', { token: await s.admin(), json: { amount: '1' } }), 403, /Minting is disabled/);
        const audit = await s.http('GET', '/api/v1/admin/teg/audit', { token: await s.admin() });
        assertProblem(audit, 503);
        assert.ok(Number(audit.headers.get('retry-after')) > 0, 'a 503 says when to retry');
      } finally {
        await satellite.stop();
        await satelliteDb.drop();
      }
    });
  });
});
