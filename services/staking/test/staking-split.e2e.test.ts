import assert from 'node:assert/strict';
import pg from 'pg';
import { createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, type TestAgent } from '../../ledger/test/helpers.js';
import { assertBooksAgree, avt } from './helpers.js';

describe('staking and governance, one process per service', function () {
  this.timeout(300_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let sql: pg.Client;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({
      layout: 'split',
      databaseUrl: db.url,
      env: {
        STAKING_REWARD_INTERVAL_SECONDS: '0', STAKING_WORKER_POLL_MS: '100', TRANSFER_FEE_AMOUNT: '0',
        GOVERNANCE_MIN_VOTING_SECONDS: '1', GOVERNANCE_MIN_PROPOSAL_POWER: '100',
        // A cycle of a few hundred payouts is one admin call: give it time on a slow machine.
        GRPC_DEADLINE_MS: '60000',
      },
    });
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
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-8000));
  });

  it('stake → propose → vote → tally, each service its own process', async () => {
    const whale = await a.agent();
    const minnow = await a.agent();
    await a.fund(whale.did, '1000');
    await a.fund(minnow.did, '100');
    for (const [agent, amount] of [[whale, '600'], [minnow, '100']] as const) {
      const res = await a.http('POST', '/api/v1/staking/stake', { token: agent.token, json: { amount } });
      assert.equal(res.status, 201, res.text);
    }
    await assertBooksAgree(a, [whale, minnow]);
    const power = await a.http('GET', `/api/v1/governance/voting-power/${whale.did}`, { token: minnow.token });
    assert.equal(power.status, 200, power.text);
    assert.equal(power.body.voting_power, '600.000000000000000000');

    // A treasury spend: governance asks staking for the snapshot and the ledger for the money.
    const opened = await a.http('POST', '/api/v1/governance/proposals', {
      token: whale.token,
      json: { title: 'Fund the minnow', proposal_type: 'treasury_spend', parameters: { recipient_agent_id: minnow.did, amount: '25' }, duration_seconds: 3 },
    });
    assert.equal(opened.status, 201, opened.text);
    const id = opened.body.proposal_id;
    assert.equal(opened.body.snapshot_total_power, '700.000000000000000000');

    const yes = await a.http('POST', `/api/v1/governance/proposals/${id}/vote`, { token: whale.token, json: { choice: 'for' } });
    assert.equal(yes.status, 201, yes.text);
    assert.equal(yes.body.voting_power, '600.000000000000000000');
    const no = await a.http('POST', `/api/v1/governance/proposals/${id}/vote`, { token: minnow.token, json: { choice: 'against' } });
    assert.equal(no.status, 201, no.text);
    assert.equal((await a.http('POST', `/api/v1/governance/proposals/${id}/vote`, { token: whale.token, json: { choice: 'for' } })).status, 409);

    await waitFor(async () => Date.now() > Date.parse(opened.body.end_timestamp) + 50, { timeoutMs: 30_000, what: 'the voting period to end' });
    const liquidBefore = avt(await a.balance(minnow.token));
    for (let i = 0; i < 3; i++) {
      const t = await a.http('POST', `/api/v1/governance/proposals/${id}/tally`, { token: minnow.token });
      assert.equal(t.status, 200, t.text);
      assert.equal(t.body.status, 'passed');
      assert.equal(t.body.votes_for, '600.000000000000000000');
      assert.equal(t.body.votes_against, '100.000000000000000000');
    }
    const done = await waitFor(async () => {
      const p = await a.http('GET', `/api/v1/governance/proposals/${id}`, { token: whale.token });
      return p.body.execution_status === 'executed' ? p : null;
    }, { what: 'the treasury spend executed' });
    assert.equal(done.body.status, 'passed');
    assert.equal(avt(await a.balance(minnow.token)) - liquidBefore, 25n * 10n ** 18n, 'the spend paid once');
    await assertBooksAgree(a, [whale, minnow]);
  });

  it('pays each stake exactly once when a reward cycle is killed with SIGKILL midway and run again', async () => {
    const plain = await a.agent();
    const compounding = await a.agent();
    const validator = await a.agent();
    await a.fund(plain.did, '1000');
    await a.fund(compounding.did, '1000');
    const on = await a.http('PUT', `/api/v1/staking/rewards/agents/${compounding.did}/auto-compound`, { token: compounding.token, json: { enabled: true } });
    assert.equal(on.status, 200, on.text);

    // Many small stakes, so the cycle has enough payouts to be caught in the middle.
    const stakeIds = new Map<string, TestAgent>();
    const jobs = Array.from({ length: 160 }, (_, i) => (i % 2 ? compounding : plain));
    let next = 0;
    await Promise.all(Array.from({ length: 6 }, async () => {
      while (next < jobs.length) {
        const agent = jobs[next++]!;
        const res = await a.http('POST', '/api/v1/staking/stake', { token: agent.token, json: { amount: '4' } });
        assert.equal(res.status, 201, res.text);
        stakeIds.set(res.body.stake_id, agent);
      }
    }));
    const delegated = [...stakeIds].find(([, agent]) => agent === compounding)![0];
    const del = await a.http('POST', '/api/v1/governance/staking/delegate', {
      token: compounding.token, json: { validator_agent_id: validator.did, stake_id: delegated, amount: '1', reward_share_percentage: '25' },
    });
    assert.equal(del.status, 201, del.text);
    const everyone = [plain, compounding, validator];
    await assertBooksAgree(a, everyone);

    const treasury = async () => avt(String((await sql.query(`select balance::text from ledger.accounts where id = 'system:treasury'`)).rows[0].balance));
    const holdings = async () => {
      const out = new Map<string, bigint>();
      for (const agent of everyone) {
        const b = await a.http('GET', '/api/v1/staking/balance', { token: agent.token });
        out.set(agent.did, avt(b.body.liquid_balance) + avt(b.body.locked_balance));
      }
      return out;
    };
    const treasuryBefore = await treasury();
    const heldBefore = await holdings();
    const payoutsOf = async (cycleId: string) =>
      (await sql.query(`select id, stake_id, recipient_did, kind, amount::text, to_locked, status from staking.reward_payouts where cycle_id = $1 order by id`, [cycleId])).rows;

    // Run the cycle and kill the staking process once a quarter of its payouts are paid.
    const admin = await a.admin();
    const first = a.http('POST', '/api/v1/governance/admin/staking/trigger-reward-cycle', { token: admin, json: { reward_percentage: '10' } })
      .catch((err: Error) => ({ status: 0, text: err.message, body: undefined as any }));
    const progress = await waitFor(async () => {
      const r = await sql.query(`select c.id, count(*) filter (where p.status = 'paid')::int as paid, count(*)::int as total
        from staking.reward_cycles c join staking.reward_payouts p on p.cycle_id = c.id where c.status = 'paying' group by c.id`);
      return r.rows[0] && r.rows[0].paid * 4 >= r.rows[0].total ? (r.rows[0] as { id: string; paid: number; total: number }) : null;
    }, { timeoutMs: 60_000, intervalMs: 5, what: 'the cycle to be paying' });
    // Kill the staking process there; while it is down, the cycle is left half paid.
    let cycleId = '';
    let planned: Awaited<ReturnType<typeof payoutsOf>> = [];
    let cycleRow: { status: string; pool: string; distributed: string; remainder: string } | undefined;
    await stack.restart('staking', {
      signal: 'SIGKILL',
      stopped: async () => {
        const interrupted = await first;
        assert.notEqual(interrupted.status, 200, `the first run should not have finished: ${interrupted.text}`);
        cycleId = progress.id;
        planned = await payoutsOf(cycleId);
        const unpaid = planned.filter((p) => p.status === 'pending').length;
        assert.ok(unpaid > 0, `the kill should have left payouts unpaid (${progress.paid} of ${progress.total} paid when it was sent)`);
        const ownersPlanned = planned.filter((p) => p.kind === 'staker' && stakeIds.has(p.stake_id)).map((p) => p.stake_id);
        assert.equal(ownersPlanned.length, stakeIds.size, 'one staker payout per stake');
        assert.equal(new Set(ownersPlanned).size, stakeIds.size);
        cycleRow = (await sql.query(`select status, pool::text, distributed::text, remainder::text from staking.reward_cycles where id = $1`, [cycleId])).rows[0];
        assert.equal(cycleRow!.status, 'paying');
      },
    });

    // The same process, on the same address, and the same call again.
    const rerun = await waitFor(async () => {
      const res = await a.http('POST', '/api/v1/governance/admin/staking/trigger-reward-cycle', { token: admin, json: { reward_percentage: '10' } });
      return res.status === 200 ? res : null;
    }, { timeoutMs: 60_000, intervalMs: 200, what: 'the rerun through the gateway' });
    assert.equal(rerun.body.cycle_id, cycleId, rerun.text);
    assert.equal(rerun.body.resumed, true, rerun.text);
    assert.equal(rerun.body.status, 'completed', rerun.text);
    assert.equal(rerun.body.success, true);

    // Staking's books: the plan was finished, not recomputed, and every payout is paid once.
    const after = await payoutsOf(cycleId);
    assert.deepEqual(after.map((p) => [p.id, p.amount]), planned.map((p) => [p.id, p.amount]), 'the same payouts as planned before the kill');
    assert.ok(after.every((p) => p.status === 'paid'));
    const cycles = await sql.query(`select count(*)::int as n from staking.reward_cycles`);
    assert.equal(cycles.rows[0].n, 1, 'no second cycle');
    const distributed = after.reduce((s, p) => s + avt(p.amount), 0n);
    assert.equal(distributed, avt(cycleRow!.distributed));
    assert.equal(avt(cycleRow!.distributed) + avt(cycleRow!.remainder), avt(cycleRow!.pool));

    // The ledger's: one payout movement per planned payout, of its amount, and no other.
    const moved = await sql.query(`select emit_key, payload->>'amount' as amount, payload->>'account' as account from ledger.ledger_events
      where type = 'TreasuryPaidOut' and emit_key like $1`, [`payout-reward-${cycleId}-%`]);
    assert.equal(moved.rows.length, after.length, 'one ledger movement per payout');
    const movedByKey = new Map(moved.rows.map((r) => [r.emit_key, r]));
    for (const p of after) {
      const m = movedByKey.get(`payout-reward-${p.id}`);
      assert.ok(m, `payout ${p.id} reached the ledger`);
      assert.equal(avt(m.amount), avt(p.amount));
      assert.equal(m.account, p.to_locked ? `locked:${p.recipient_did}` : p.recipient_did);
    }
    assert.equal(treasuryBefore - (await treasury()), distributed, 'the treasury paid the cycle once');
    const heldAfter = await holdings();
    for (const agent of everyone) {
      const due = after.filter((p) => p.recipient_did === agent.did).reduce((s, p) => s + avt(p.amount), 0n);
      assert.equal(heldAfter.get(agent.did)! - heldBefore.get(agent.did)!, due, `${agent.did} got its rewards once`);
    }

    // Each stake's record: its reward counted once, a compounded one staked once.
    const stakes = await sql.query(`select id, amount::text, rewards_earned::text from staking.stakes where id = any($1)`, [[...stakeIds.keys()]]);
    const ownerPayout = new Map(after.filter((p) => p.kind === 'staker').map((p) => [p.stake_id, p]));
    for (const s of stakes.rows) {
      const p = ownerPayout.get(s.id)!;
      assert.ok(p, `stake ${s.id} was paid`);
      assert.equal(avt(s.rewards_earned), avt(p.amount), `stake ${s.id} counted its reward once`);
      assert.equal(avt(s.amount), 4n * 10n ** 18n + (p.to_locked ? avt(p.amount) : 0n), `stake ${s.id} compounded at most once`);
      assert.equal(p.to_locked, stakeIds.get(s.id) === compounding);
    }
    // One reward.paid event per payout, whether the kill came before or after its ledger movement.
    const events = await sql.query(`select data->>'stake_id' as stake_id, data->>'kind' as kind, count(*)::int as n from staking.outbox
      where type = 'reward.paid' and data->>'cycle_id' = $1 group by 1, 2`, [cycleId]);
    assert.equal(events.rows.length, after.length);
    assert.ok(events.rows.every((r) => r.n === 1), 'no reward event twice');
    await assertBooksAgree(a, everyone);
  });
});
