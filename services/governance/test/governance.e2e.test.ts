import assert from 'node:assert/strict';
import { createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, type TestAgent } from '../../ledger/test/helpers.js';

describe('governance through the gateway', function () {
  this.timeout(180_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let whale: TestAgent;
  let minnow: TestAgent;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({
      layout: 'all',
      databaseUrl: db.url,
      env: { GOVERNANCE_MIN_VOTING_SECONDS: '1', GOVERNANCE_MIN_PROPOSAL_POWER: '100', STAKING_REWARD_INTERVAL_SECONDS: '0' },
    });
    a = actors(stack.baseUrl);
    whale = await a.agent();
    minnow = await a.agent();
    await a.fund(whale.did, '1000');
    await a.fund(minnow.did, '50');
    for (const [agent, amount] of [[whale, '900'], [minnow, '50']] as const) {
      const res = await a.http('POST', '/api/v1/staking/stake', { token: agent.token, json: { amount } });
      assert.equal(res.status, 201, res.text);
    }
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-5000));
  });

  const propose = (agent: TestAgent, json: Record<string, unknown>) => a.http('POST', '/api/v1/governance/proposals', { token: agent.token, json });

  it('rejects developer JWTs on every governance route', async () => {
    assertProblem(await a.http('POST', '/api/v1/governance/proposals', { token: whale.developerToken, json: { title: 't', duration_seconds: 60 } }), 401, /^Could not validate agent credentials$/);
    assertProblem(await a.http('GET', '/api/v1/governance/proposals', { token: whale.developerToken }), 401, /agent credentials/);
  });

  it('needs the minimum voting power to propose', async () => {
    assertProblem(await propose(minnow, { title: 'Too small', duration_seconds: 60 }), 403, /voting power/);
  });

  it('votes with snapshotted power once (50 concurrent identical votes → one), tallies once, executes a fee change once', async () => {
    const opened = await propose(whale, {
      title: 'Raise the transfer fee', description: 'Pay for the validators', proposal_type: 'parameter_change',
      parameters: { parameter: 'transfer_fee_amount', value: '0.002' }, duration_seconds: 15,
    });
    assert.equal(opened.status, 201, opened.text);
    const id = opened.body.proposal_id;
    assert.equal(opened.body.snapshot_total_power, '950.000000000000000000');

    // Stake moved after the snapshot does not vote: the minnow stakes nothing more, the whale unstakes.
    const late = await a.agent();
    await a.fund(late.did, '10');
    await a.http('POST', '/api/v1/staking/stake', { token: late.token, json: { amount: '10' } });
    assertProblem(await a.http('POST', `/api/v1/governance/proposals/${id}/vote`, { token: late.token, json: { choice: 'for' } }), 422, /no voting power/);

    const votes = await Promise.all(Array.from({ length: 50 }, () => a.http('POST', `/api/v1/governance/proposals/${id}/vote`, { token: whale.token, json: { choice: 'for' } })));
    assert.equal(votes.filter((v) => v.status === 201).length, 1, votes.map((v) => v.status).join(','));
    assert.equal(votes.filter((v) => v.status === 409).length, 49, votes.filter((v) => v.status !== 409).map((v) => v.text).join("\n").slice(0, 600));
    assert.equal(votes.find((v) => v.status === 201)!.body.voting_power, '900.000000000000000000');
    const against = await a.http('POST', `/api/v1/governance/proposals/${id}/vote`, { token: minnow.token, json: { choice: 'against', reason: 'too dear' } });
    assert.equal(against.status, 201, against.text);
    assertProblem(await a.http('POST', `/api/v1/governance/proposals/${id}/tally`, { token: minnow.token }), 422, /open until/);

    await waitFor(async () => Date.now() > Date.parse(opened.body.end_timestamp) + 50, { timeoutMs: 30_000, what: 'the voting period to end' });
    assertProblem(await a.http('POST', `/api/v1/governance/proposals/${id}/vote`, { token: late.token, json: { choice: 'for' } }), 422, /ended/);
    const tallies = await Promise.all([1, 2, 3].map(() => a.http('POST', `/api/v1/governance/proposals/${id}/tally`, { token: minnow.token })));
    for (const t of tallies) {
      assert.equal(t.status, 200, t.text);
      assert.equal(t.body.status, 'passed');
      assert.equal(t.body.votes_for, '900.000000000000000000');
      assert.equal(t.body.votes_against, '50.000000000000000000');
    }
    const done = await waitFor(async () => {
      const p = await a.http('GET', `/api/v1/governance/proposals/${id}`, { token: whale.token });
      return p.body.execution_status === 'executed' ? p : null;
    }, { what: 'the fee change executed' });
    assert.match(done.body.execution_result, /0\.002/);
    const fees = await a.http('GET', '/api/v1/teg/fees/config');
    assert.equal(fees.body.transfer_fee_amount, '0.002000000000000000');
    assert.equal((await a.audit()).consistent, true);
  });

  it('misses quorum when too little power votes, and a treasury spend pays once', async () => {
    const quiet = await propose(whale, { title: 'Nobody cares', duration_seconds: 1 });
    await waitFor(async () => Date.now() > Date.parse(quiet.body.end_timestamp) + 50);
    const t = await a.http('POST', `/api/v1/governance/proposals/${quiet.body.proposal_id}/tally`, { token: whale.token });
    assert.equal(t.body.status, 'no_quorum');

    const spend = await propose(whale, { title: 'Fund the minnow', proposal_type: 'treasury_spend', parameters: { recipient_agent_id: minnow.did, amount: '25' }, duration_seconds: 8 });
    assert.equal(spend.status, 201, spend.text);
    const before = await a.balance(minnow.token);
    await a.http('POST', `/api/v1/governance/proposals/${spend.body.proposal_id}/vote`, { token: whale.token, json: { choice: 'for' } });
    await waitFor(async () => Date.now() > Date.parse(spend.body.end_timestamp) + 50, { timeoutMs: 30_000 });
    for (let i = 0; i < 3; i++) await a.http('POST', `/api/v1/governance/proposals/${spend.body.proposal_id}/tally`, { token: whale.token });
    const after = await a.balance(minnow.token);
    assert.equal(BigInt(after.replace('.', '')) - BigInt(before.replace('.', '')), 25n * 10n ** 18n);
    const list = await a.http('GET', '/api/v1/governance/proposals?status=passed', { token: whale.token });
    assert.equal(list.body.length, 2);
  });

  it('holds a treasury spend to a suspended agent until it is reinstated, then pays it once', async () => {
    const admin = await a.admin();
    const recipient = await a.agent();
    assert.equal((await a.http('POST', `/api/v1/admin/agents/${recipient.did}/suspend`, { token: admin, json: { reason: 'test' } })).status, 200);
    const spend = await propose(whale, { title: 'Fund a suspended agent', proposal_type: 'treasury_spend', parameters: { recipient_agent_id: recipient.did, amount: '5' }, duration_seconds: 2 });
    assert.equal(spend.status, 201, spend.text);
    const id = spend.body.proposal_id;
    assert.equal((await a.http('POST', `/api/v1/governance/proposals/${id}/vote`, { token: whale.token, json: { choice: 'for' } })).status, 201);
    await waitFor(async () => Date.now() > Date.parse(spend.body.end_timestamp) + 50, { timeoutMs: 30_000, what: 'the voting period to end' });
    const tallied = await a.http('POST', `/api/v1/governance/proposals/${id}/tally`, { token: whale.token });
    assert.equal(tallied.body.status, 'passed', tallied.text);
    // The ledger credits a suspended agent nothing: the spend stays to be executed, nothing moved.
    assert.equal(tallied.body.execution_status, 'pending', tallied.text);
    assert.match(tallied.body.execution_result, /suspended/);
    assert.equal(await a.balance(recipient.token), '0.000000000000000000');

    assert.equal((await a.http('POST', `/api/v1/admin/agents/${recipient.did}/reinstate`, { token: admin, json: {} })).status, 200);
    await waitFor(async () => (await a.http('GET', `/api/v1/governance/proposals/${id}`, { token: whale.token })).body.execution_status === 'executed', {
      timeoutMs: 30_000, what: 'the spend executed after reinstatement',
    });
    await a.http('POST', `/api/v1/governance/proposals/${id}/tally`, { token: whale.token });
    assert.equal(await a.balance(recipient.token), '5.000000000000000000', 'paid once');
    assert.equal((await a.audit()).consistent, true);
  });

  it('serves policies: admin CRUD, the active ones for agents, the TEG views', async () => {
    const admin = await a.admin();
    const created = await a.http('POST', '/api/v1/governance/admin/policies', {
      token: admin, json: { policy_code: 'FAIR_MARKUP_V1', policy_name: 'Fair markup', policy_type: 'attestation', reward_amount: '10', parameters: { max_markup: 15 } },
    });
    assert.equal(created.status, 201, created.text);
    assertProblem(await a.http('POST', '/api/v1/governance/admin/policies', { token: admin, json: { policy_code: 'FAIR_MARKUP_V1', policy_name: 'x', policy_type: 'attestation' } }), 409);
    assertProblem(await a.http('POST', '/api/v1/governance/admin/policies', { token: whale.developerToken, json: { policy_code: 'X', policy_name: 'x', policy_type: 'attestation' } }), 403);
    const active = await a.http('GET', '/api/v1/governance/policies/active', { token: whale.token });
    assert.equal(active.body.total, 1);
    const off = await a.http('PUT', `/api/v1/governance/admin/policies/${created.body.policy_id}`, { token: admin, json: { is_active: false } });
    assert.equal(off.body.is_active, false);
    assert.equal((await a.http('GET', '/api/v1/teg/policies?active_only=true')).body.total, 0);
    assert.equal((await a.http('GET', `/api/v1/teg/policies/${created.body.policy_id}`)).body.parameters.max_markup, 15);
    assert.equal((await a.http('DELETE', `/api/v1/teg/policies/${created.body.policy_id}`, { token: admin })).status, 200);
  });
});
