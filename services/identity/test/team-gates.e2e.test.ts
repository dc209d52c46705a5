import assert from 'node:assert/strict';
import { createTestDatabase, startStack, waitFor, type HttpRequest, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, type TestAgent } from '../../ledger/test/helpers.js';

/** A team's reputation gates, checked against the ledger's reputation as its signals arrive. */
describe("team quality gates on the ledger's live reputation", function () {
  this.timeout(180_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;
  let a: ReturnType<typeof actors>;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url });
    a = actors(stack.baseUrl);
    http = a.http;
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-6000));
  });

  async function rate(from: TestAgent, to: TestAgent, signal: 1 | -1) {
    const sent = await a.transfer(from, to, '1');
    assert.equal(sent.status, 200, sent.text);
    const res = await http('POST', `/api/v1/teg/transactions/${sent.body.transaction_id}/reputation-signal`, { token: from.token, json: { signal_value: signal } });
    assert.equal(res.status, 200, res.text);
  }

  it('passes over members below min_reputation or min_success_rate, and says why', async () => {
    const owner = await a.developer();
    const leader = await a.agent(owner);
    const worker = await a.agent(owner);
    const client = await a.agent(await a.developer());
    await a.fund(client.did, '10');

    const team = (await http('POST', '/api/v1/teams', { token: owner, json: { name: 'Gated team' } })).body;
    const base = `/api/v1/teams/${team.id}`;
    for (const [agent, role] of [[leader, 'leader'], [worker, 'worker']] as const) {
      assert.equal((await http('POST', `${base}/members`, { token: owner, json: { agent_id: agent.did, role, skills: ['nlp'] } })).status, 201);
    }
    const route = async () => (await http('POST', `${base}/route`, { json: { task: 'summarize', skills: ['nlp'] } })).body;

    // No gates: the leader first.
    assert.equal((await route()).agent_id, leader.did);

    const gate = await http('POST', `${base}/gates`, { token: owner, json: { gate_type: 'min_reputation', threshold: 1 } });
    assert.equal(gate.status, 201, gate.text);
    // Nobody has been rated: both are below a reputation of 1.
    const none = await route();
    assert.equal(none.agent_id, null);
    assert.equal(none.matched_by, 'none');
    assert.deepEqual(none.excluded.map((e: { agent_id: string }) => e.agent_id).sort(), [leader.did, worker.did].sort());
    assert.deepEqual(none.excluded[0].failed_gates.map((g: { gate_type: string; actual: number }) => [g.gate_type, g.actual]), [['min_reputation', 0]]);

    await rate(client, leader, -1);
    await rate(client, worker, 1);
    // The worker now meets the gate, once identity has heard the ledger's events; the leader does not.
    const routed = await waitFor(async () => {
      const r = await route();
      return r.agent_id === worker.did ? r : undefined;
    }, { timeoutMs: 20_000, what: 'the worker to pass the reputation gate' });
    assert.deepEqual(routed.gate_checks.map((c: { gate_type: string; actual: number; passed: boolean }) => [c.gate_type, c.actual, c.passed]), [['min_reputation', 1, true]]);
    assert.deepEqual(routed.excluded.map((e: { agent_id: string; failed_gates: Array<{ actual: number }> }) => [e.agent_id, e.failed_gates[0]!.actual]), [[leader.did, -1]]);

    // A success-rate gate: the worker's only signal was positive (1.0), the leader's negative (0.0).
    await http('DELETE', `${base}/gates/${gate.body.id}`, { token: owner });
    assert.equal((await http('POST', `${base}/gates`, { token: owner, json: { gate_type: 'min_success_rate', threshold: 0.5 } })).status, 201);
    const byRate = await route();
    assert.equal(byRate.agent_id, worker.did);
    assert.deepEqual(byRate.gate_checks.map((c: { actual: number }) => c.actual), [1]);
    assert.deepEqual(byRate.excluded.map((e: { agent_id: string; failed_gates: Array<{ actual: number }> }) => [e.agent_id, e.failed_gates[0]!.actual]), [[leader.did, 0]]);

    // Gates that judge the answer do not choose the member.
    const other = (await http('POST', '/api/v1/teams', { token: owner, json: { name: 'Answer gates' } })).body;
    await http('POST', `/api/v1/teams/${other.id}/members`, { token: owner, json: { agent_id: leader.did, skills: ['nlp'] } });
    await http('POST', `/api/v1/teams/${other.id}/gates`, { token: owner, json: { gate_type: 'quality_score', threshold: 9 } });
    const answer = (await http('POST', `/api/v1/teams/${other.id}/route`, { json: { task: 'x', skills: ['nlp'] } })).body;
    assert.equal(answer.agent_id, leader.did);
    assert.deepEqual(answer.gate_checks, []);
    assert.equal(answer.quality_gates.length, 1);
  });
});
