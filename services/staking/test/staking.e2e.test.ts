import assert from 'node:assert/strict';
import { createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, type TestAgent } from '../../ledger/test/helpers.js';
import { assertBooksAgree, avt } from './helpers.js';

const ZERO = '0.000000000000000000';

describe('staking through the gateway', function () {
  this.timeout(180_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({
      layout: 'all',
      databaseUrl: db.url,
      env: { STAKING_UNBONDING_SECONDS: '2', STAKING_REWARD_INTERVAL_SECONDS: '0', STAKING_WORKER_POLL_MS: '100', TRANSFER_FEE_AMOUNT: '0' },
    });
    a = actors(stack.baseUrl);
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-5000));
  });

  describe('stake → reward cycle → unstake → release', () => {
    let alice: TestAgent;
    // At every step: the ledger's audit, and staking's books against the ledger's locked balance.
    const consistent = () => assertBooksAgree(a, [alice]);
    before(async () => {
      alice = await a.agent();
      await a.fund(alice.did, '1000');
      await consistent();
    });

    it('stakes: the AVT is locked in the ledger, balances and the developer summary see it', async () => {
      const res = await a.http('POST', '/api/v1/staking/stake', { token: alice.token, json: { amount: '400' } });
      assert.equal(res.status, 201, res.text);
      assert.match(res.body.stake_id, /^stk_/);
      assert.equal(res.body.amount, '400.000000000000000000');
      assert.equal(res.body.is_active, true);
      assert.equal(await a.balance(alice.token), '600.000000000000000000');
      const balance = await a.http('GET', '/api/v1/staking/balance', { token: alice.token });
      assert.equal(balance.status, 200, balance.text);
      assert.deepEqual(balance.body, {
        agent_did: alice.did, liquid_balance: '600.000000000000000000', staked_balance: '400.000000000000000000', unbonding_balance: ZERO,
        locked_balance: '400.000000000000000000', total_balance: '1000.000000000000000000',
      });
      const summary = await a.http('GET', '/api/v1/developers/me/teg-summary', { token: alice.developerToken });
      assert.equal(summary.body.total_staked_balance, '400.000000000000000000');
      assert.equal(summary.body.total_balance, '1000.000000000000000000');
      await consistent();
    });

    it('refuses stakes beyond the liquid balance and bad amounts, and developer tokens', async () => {
      assertProblem(await a.http('POST', '/api/v1/staking/stake', { token: alice.token, json: { amount: '601' } }), 422, /Insufficient funds/);
      assertProblem(await a.http('POST', '/api/v1/staking/stake', { token: alice.token, json: { amount: '-1' } }), 422);
      assertProblem(await a.http('POST', '/api/v1/staking/stake', { token: alice.developerToken, json: { amount: '1' } }), 401, /agent credentials/);
      const stakes = await a.http('GET', '/api/v1/staking/stakes', { token: alice.token });
      assert.equal(stakes.body.stakes.length, 1);
      assert.equal(stakes.body.total_staked, '400.000000000000000000');
      await consistent();
    });

    it('pays a reward cycle from the treasury once, and the audit agrees', async () => {
      const admin = await a.admin();
      const cycle = await a.http('POST', '/api/v1/governance/admin/staking/trigger-reward-cycle', { token: admin, json: { reward_percentage: '10' } });
      assert.equal(cycle.status, 200, cycle.text);
      assert.equal(cycle.body.success, true);
      assert.equal(cycle.body.stakers_rewarded, 1);
      // The only stake held the whole period: 10% of it, nothing left over.
      assert.equal(cycle.body.total_distributed, '40.000000000000000000');
      assert.equal(cycle.body.remainder, ZERO);
      const status = await a.http('GET', '/api/v1/staking/status', { token: alice.token });
      assert.equal(status.body.rewards_earned, '40.000000000000000000');
      assert.equal(await a.balance(alice.token), '640.000000000000000000');
      const list = await a.http('GET', '/api/v1/governance/admin/rewards/distributions', { token: admin });
      assert.equal(list.body.total, 1);
      assertProblem(await a.http('POST', '/api/v1/governance/admin/staking/trigger-reward-cycle', { token: alice.developerToken, json: {} }), 403);
      await consistent();
    });

    it('unstakes: unbonding stops earning and voting at once, then returns to the liquid balance', async () => {
      const res = await a.http('POST', '/api/v1/staking/unstake', { token: alice.token, json: { amount: '150' } });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.unbondings.length, 1);
      const status = await a.http('GET', '/api/v1/staking/status', { token: alice.token });
      assert.equal(status.body.staked_amount, '250.000000000000000000');
      assert.equal(status.body.voting_power.voting_power, '250.000000000000000000');
      assert.equal(status.body.unbonding.length, 1);
      assert.ok(Date.parse(status.body.unbonding[0].release_at) > Date.now() - 1000);
      assertProblem(await a.http('POST', '/api/v1/staking/unstake', { token: alice.token, json: { amount: '251' } }), 422, /Only 250/);
      await consistent();
      await waitFor(async () => (await a.balance(alice.token)) === '790.000000000000000000', { timeoutMs: 15_000, what: 'the unbonded AVT released' });
      const balance = await a.http('GET', '/api/v1/staking/balance', { token: alice.token });
      assert.equal(balance.body.locked_balance, '250.000000000000000000');
      assert.equal(balance.body.unbonding_balance, ZERO);
      await consistent();
    });

    it('refuses to unstake a stake still inside its lock, saying until when', async () => {
      const locked = await a.http('POST', '/api/v1/staking/stake', { token: alice.token, json: { amount: '10', lock_days: 30 } });
      assert.equal(locked.status, 201, locked.text);
      const res = await a.http('POST', '/api/v1/staking/unstake', { token: alice.token, json: { stake_id: locked.body.stake_id, amount: '1' } });
      assertProblem(res, 422, new RegExp(`locked until ${locked.body.locked_until.slice(0, 10)}`));
      const power = await a.http('GET', `/api/v1/governance/voting-power/${alice.did}`, { token: alice.token });
      assert.equal(power.status, 200, power.text);
      // 250 unlocked at 1×, plus 10 locked for 30 of at most 365 days: a boost between 1× and 2.5×.
      const own = avt(power.body.own_power);
      assert.ok(own > 260n * 10n ** 18n && own < 275n * 10n ** 18n, power.text);
      assert.equal(power.body.stakes.find((s: any) => s.stake_id === locked.body.stake_id).remaining_lock_days, 30);
      await consistent();
    });
  });

  describe('delegation and auto-compound', () => {
    it('delegated stake counts for the validator; rewards are split as agreed; auto-compound stakes them', async () => {
      const owner = await a.agent();
      const validator = await a.agent();
      await a.fund(owner.did, '100');
      const stake = await a.http('POST', '/api/v1/staking/stake', { token: owner.token, json: { amount: '100' } });
      const del = await a.http('POST', '/api/v1/governance/staking/delegate', {
        token: owner.token, json: { validator_agent_id: validator.did, stake_id: stake.body.stake_id, amount: '50', reward_share_percentage: '10' },
      });
      assert.equal(del.status, 201, del.text);
      const vp = await a.http('GET', `/api/v1/governance/voting-power/${validator.did}`, { token: owner.token });
      assert.equal(vp.body.delegated_power, '50.000000000000000000');
      const op = await a.http('GET', `/api/v1/governance/voting-power/${owner.did}`, { token: owner.token });
      assert.equal(op.body.voting_power, '50.000000000000000000');
      assertProblem(await a.http('POST', '/api/v1/staking/unstake', { token: owner.token, json: { stake_id: stake.body.stake_id, amount: '60' } }), 422);
      const compound = await a.http('PUT', `/api/v1/staking/rewards/agents/${owner.did}/auto-compound`, { token: owner.token, json: { enabled: true } });
      assert.equal(compound.status, 200, compound.text);
      assertProblem(await a.http('PUT', `/api/v1/staking/rewards/agents/${validator.did}/auto-compound`, { token: owner.token, json: { enabled: true } }), 403);
      const mine = await a.http('GET', '/api/v1/governance/staking/mydelegations', { token: owner.token });
      assert.equal(mine.body.length, 1);
      const theirs = await a.http('GET', `/api/v1/governance/staking/validators/${validator.did}/delegations`, { token: owner.token });
      assert.equal(theirs.body.total_delegated, '50.000000000000000000');

      const cycle = await a.http('POST', '/api/v1/governance/admin/staking/trigger-reward-cycle', { token: await a.admin(), json: { reward_percentage: '10' } });
      assert.equal(cycle.status, 200, cycle.text);
      const status = await a.http('GET', '/api/v1/staking/status', { token: owner.token });
      const ownerReward = avt(status.body.rewards_earned);
      const validatorGot = avt(await a.balance(validator.token));
      assert.ok(validatorGot > 0n);
      // 10% of the reward on the delegated half, rounded down; the owner keeps the rest, compounded.
      assert.equal(validatorGot, ((ownerReward + validatorGot) * 50n * 1000n) / (100n * 10_000n));
      assert.equal(avt(status.body.staked_amount), 100n * 10n ** 18n + ownerReward);
      assert.equal(await a.balance(owner.token), ZERO);
      const ended = await a.http('POST', `/api/v1/governance/staking/undelegate/${del.body.delegation_id}`, { token: owner.token });
      assert.equal(ended.body.is_active, false);
      await assertBooksAgree(a, [owner, validator]);
    });
  });

  describe('a suspended agent', () => {
    it('receives nothing: its reward is withheld and the cycle completes; its unbonding AVT stays locked until it is reinstated', async () => {
      const admin = await a.admin();
      const bob = await a.agent();
      const carol = await a.agent();
      await a.fund(bob.did, '100');
      await a.fund(carol.did, '100');
      for (const agent of [bob, carol]) assert.equal((await a.http('POST', '/api/v1/staking/stake', { token: agent.token, json: { amount: '100' } })).status, 201);
      const unstaked = await a.http('POST', '/api/v1/staking/unstake', { token: bob.token, json: { amount: '30' } });
      assert.equal(unstaked.status, 200, unstaked.text);
      // The developer's list of agents shows the locked AVT as staked.
      const listed = await a.http('GET', '/api/v1/developers/me/agents', { token: bob.developerToken });
      assert.equal(listed.status, 200, listed.text);
      assert.deepEqual(listed.body.items.map((i: any) => [i.did, i.liquid_balance, i.staked_balance]), [[bob.did, ZERO, '100.000000000000000000']]);

      const suspended = await a.http('POST', `/api/v1/admin/agents/${bob.did}/suspend`, { token: admin, json: { reason: 'test' } });
      assert.equal(suspended.status, 200, suspended.text);
      const cycle = await a.http('POST', '/api/v1/governance/admin/staking/trigger-reward-cycle', { token: admin, json: { reward_percentage: '10' } });
      assert.equal(cycle.status, 200, cycle.text);
      assert.equal(cycle.body.success, true, 'one suspended staker does not hold up the cycle');
      // Bob's reward (on 100, then 70, over the period) is withheld: it stays in the treasury.
      assert.ok(avt(cycle.body.total_withheld) > 0n, cycle.text);
      assert.equal(avt(cycle.body.total_distributed) + avt(cycle.body.total_withheld) + avt(cycle.body.remainder), avt(cycle.body.pool));
      assert.equal((await a.http('GET', '/api/v1/staking/status', { token: bob.token })).body.rewards_earned, ZERO);
      assert.ok(avt((await a.http('GET', '/api/v1/staking/status', { token: carol.token })).body.rewards_earned) > 0n, 'the others are paid');
      await assertBooksAgree(a, [bob, carol]);

      // Due, the unbonding is not released to a suspended agent: the worker passes it by.
      const releaseAt = Date.parse(unstaked.body.unbondings[0].release_at);
      await waitFor(async () => Date.now() > releaseAt + 1000, { timeoutMs: 15_000, what: 'the unbonding to be due for several worker runs' });
      const held = await a.http('GET', '/api/v1/staking/balance', { token: bob.token });
      assert.equal(held.body.unbonding_balance, '30.000000000000000000', held.text);
      assert.equal(held.body.locked_balance, '100.000000000000000000');
      assert.equal(held.body.liquid_balance, ZERO);

      assert.equal((await a.http('POST', `/api/v1/admin/agents/${bob.did}/reinstate`, { token: admin, json: {} })).status, 200);
      await waitFor(async () => (await a.balance(bob.token)) === '30.000000000000000000', { timeoutMs: 15_000, what: 'the unbonded AVT released after reinstatement' });
      await assertBooksAgree(a, [bob, carol]);
    });
  });

  describe('an empty treasury', () => {
    it('says clearly when the treasury cannot cover a cycle', async () => {
      const res = await a.http('POST', '/api/v1/governance/admin/staking/trigger-reward-cycle', { token: await a.admin(), json: { reward_percentage: '100000000000' } });
      assertProblem(res, 422, /treasury holds .* cannot cover/i);
    });
  });
});
