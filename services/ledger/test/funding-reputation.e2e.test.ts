import assert from 'node:assert/strict';
import { openDatabase, sql, type Database } from '@agentvault/db';
import { createTestDatabase, startStack, waitFor, type HttpRequest, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, type TestAgent } from './helpers.js';

const avt = (whole: string) => (whole.includes('.') ? whole.padEnd(whole.indexOf('.') + 19, '0') : `${whole}.000000000000000000`);

/** Funding requests (flow 10) and reputation signals over real HTTP, PostgreSQL, NATS and Redis. */
describe('funding requests and reputation signals end to end', function () {
  this.timeout(180_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;
  let ledgerDb: Database;
  let adminToken: string;
  let a: ReturnType<typeof actors>;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url });
    a = actors(stack.baseUrl);
    http = a.http;
    ledgerDb = await openDatabase({ url: db.url, schema: 'ledger', poolSize: 2 });
    adminToken = await a.admin();
  });
  after(async () => {
    await ledgerDb?.close();
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-6000));
  });

  const newDeveloper = () => a.developer();
  const newAgent = (developerToken?: string) => a.agent(developerToken);
  const fund = (did: string, amount: string) => a.fund(did, amount);
  const balance = (agentToken: string) => a.balance(agentToken);

  async function transfer(from: TestAgent, to: TestAgent, amount = '1'): Promise<string> {
    const res = await a.transfer(from, to, amount);
    assert.equal(res.status, 200, res.text);
    return res.body.transaction_id;
  }

  async function requestFunding(agentToken: string, amount: unknown = '25.5', reason = 'GPU time for a training run') {
    const res = await http('POST', '/api/v1/funding/request', { token: agentToken, json: { amount, reason } });
    assert.equal(res.status, 201, res.text);
    return res.body;
  }

  const eventsWithKey = (emitKey: string) => ledgerDb.db.selectFrom('ledger_events').selectAll().where('emit_key', '=', emitKey).execute();
  const postingsOf = (seq: string) => ledgerDb.db.selectFrom('postings').selectAll().where('event_seq', '=', seq).execute();
  const outboxEvents = (type: string, field: string, value: string) =>
    ledgerDb.db.selectFrom('outbox').selectAll().where('type', '=', type).where(sql`data->>${field}`, '=', value).execute();

  async function assertAuditConsistent() {
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
    assert.equal(audit.negative_balances, 0);
    assert.equal(audit.unbalanced_transactions, 0);
  }

  // ── funding requests ────────────────────────────────────────────────────────

  describe('funding requests (flow 10)', () => {
    it('takes a request from an agent, lists it for the agent and for admins, and records it', async () => {
      const agent = await newAgent(await newDeveloper());
      const before = Date.now();
      const created = await requestFunding(agent.token, 25.5);
      assert.match(created.request_id, /^fr_[0-9a-f]{32}$/);
      assert.equal(created.agent_did, agent.did);
      assert.equal(created.amount, avt('25.5'));
      assert.equal(created.reason, 'GPU time for a training run');
      assert.equal(created.status, 'pending');
      assert.ok(Date.parse(created.created_at) >= before - 5000);
      assert.equal(created.transaction_id, null);

      const mine = await http('GET', '/api/v1/funding/my-requests', { token: agent.token });
      assert.equal(mine.status, 200, mine.text);
      assert.equal(mine.body.total, 1);
      assert.equal(mine.body.limit, 50);
      assert.equal(mine.body.offset, 0);
      assert.deepEqual(mine.body.items[0], created);

      const pending = await http('GET', '/api/v1/admin/funding-requests?status=pending&limit=100', { token: adminToken });
      assert.equal(pending.status, 200, pending.text);
      assert.ok(pending.body.items.some((r: any) => r.request_id === created.request_id));
      assert.ok(pending.body.items.every((r: any) => r.status === 'pending'));
      const approved = await http('GET', '/api/v1/admin/funding-requests?status=approved&limit=100', { token: adminToken });
      assert.ok(!approved.body.items.some((r: any) => r.request_id === created.request_id));

      const [event] = await eventsWithKey(`funding-requested-${created.request_id}`);
      assert.equal(event.type, 'FundingRequested');
      assert.equal((await postingsOf(event.seq)).length, 0);
      const [out] = await outboxEvents('funding.requested', 'request_id', created.request_id);
      assert.equal(out.data.agent_did, agent.did);
      assert.equal(out.data.amount, avt('25.5'));
      // The outbox relay publishes it.
      await waitFor(async () => (await ledgerDb.db.selectFrom('outbox').select('published_at').where('id', '=', out.id).executeTakeFirst())?.published_at, {
        what: 'funding.requested published',
      });
    });

    it('pages an agent’s own requests, newest first, and never shows another agent’s', async () => {
      const dev = await newDeveloper();
      const agent = await newAgent(dev);
      const other = await newAgent(dev);
      const ids = [];
      for (let i = 0; i < 3; i += 1) ids.push((await requestFunding(agent.token, String(i + 1))).request_id);
      await requestFunding(other.token);
      const page = await http('GET', '/api/v1/funding/my-requests?limit=2&offset=1', { token: agent.token });
      assert.equal(page.status, 200, page.text);
      assert.equal(page.body.total, 3);
      assert.deepEqual(page.body.items.map((r: any) => r.request_id), [ids[1], ids[0]]);
    });

    it('refuses bad amounts and reasons (422) and the wrong credentials (401)', async () => {
      const agent = await newAgent(await newDeveloper());
      for (const amount of ['0', '-5', '1.0000000000000000001', 'ten', 1e30, null]) {
        assertProblem(await http('POST', '/api/v1/funding/request', { token: agent.token, json: { amount, reason: 'x' } }), 422);
      }
      assertProblem(await http('POST', '/api/v1/funding/request', { token: agent.token, json: { amount: '5' } }), 422);
      assertProblem(await http('POST', '/api/v1/funding/request', { token: agent.token, json: { amount: '5', reason: '   ' } }), 422);
      assertProblem(await http('POST', '/api/v1/funding/request', { token: agent.token, json: { amount: '5', reason: 'x'.repeat(257) } }), 422);
      assertProblem(await http('POST', '/api/v1/funding/request', { json: { amount: '5', reason: 'x' } }), 401);
      assertProblem(await http('POST', '/api/v1/funding/request', { token: adminToken, json: { amount: '5', reason: 'x' } }), 401);
      assertProblem(await http('GET', '/api/v1/admin/funding-requests?status=done', { token: adminToken }), 422);
      const mine = await http('GET', '/api/v1/funding/my-requests', { token: agent.token });
      assert.equal(mine.body.total, 0);
    });

    it('keeps the admin endpoints for admins (403 for other developers, 401 for agents)', async () => {
      const dev = await newDeveloper();
      const agent = await newAgent(dev);
      const request = await requestFunding(agent.token);
      assertProblem(await http('GET', '/api/v1/admin/funding-requests', { token: dev }), 403);
      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${request.request_id}/approve`, { token: dev }), 403);
      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${request.request_id}/reject`, { token: dev, json: { reason: 'no' } }), 403);
      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${request.request_id}/approve`, { token: agent.token }), 401);
      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${request.request_id}/approve`), 401);
      const mine = await http('GET', '/api/v1/funding/my-requests', { token: agent.token });
      assert.equal(mine.body.items[0].status, 'pending');
      assert.equal(await balance(agent.token), avt('0'));
    });

    it('funds the agent exactly once under 10 concurrent approvals', async () => {
      const agent = await newAgent(await newDeveloper());
      await fund(agent.did, '3');
      const request = await requestFunding(agent.token, '40.25');

      const responses = await Promise.all(
        Array.from({ length: 10 }, () => http('POST', `/api/v1/admin/funding-requests/${request.request_id}/approve`, { token: adminToken })),
      );
      const ok = responses.filter((r) => r.status === 200);
      const conflicts = responses.filter((r) => r.status === 409);
      assert.equal(ok.length, 1, responses.map((r) => `${r.status} ${r.text}`).join('\n'));
      assert.equal(conflicts.length, 9);
      for (const c of conflicts) assertProblem(c, 409, /already approved/);

      const approval = ok[0]!.body;
      assert.equal(approval.request_id, request.request_id);
      assert.equal(approval.status, 'approved');
      assert.match(approval.transaction_id, /^tx_/);
      assert.ok(approval.decided_at);
      assert.ok(approval.decided_by);
      assert.equal(approval.rejection_reason, null);
      assert.equal(approval.new_balance, avt('43.25'));
      assert.equal(await balance(agent.token), avt('43.25'));

      const fundings = await http('GET', '/api/v1/teg/transactions?transaction_type=funding', { token: agent.token });
      assert.equal(fundings.body.total, 2); // the admin's 3 AVT and the approved request
      assert.ok(fundings.body.items.some((t: any) => t.transaction_id === approval.transaction_id && t.amount === avt('40.25')));

      const events = await eventsWithKey(`funding-approved-${request.request_id}`);
      assert.equal(events.length, 1);
      assert.equal(events[0].type, 'AgentFunded');
      assert.equal(events[0].transaction_id, approval.transaction_id);
      const postings = await postingsOf(events[0].seq);
      assert.deepEqual(postings.map((p: any) => [p.account_id, p.amount]).sort(), [
        [agent.did, avt('40.25')],
        ['system:treasury', '-40.250000000000000000'],
      ].sort());
      const approvedEvents = await outboxEvents('funding.approved', 'request_id', request.request_id);
      assert.equal(approvedEvents.length, 1);
      assert.deepEqual(
        { agent_did: approvedEvents[0].data.agent_did, amount: approvedEvents[0].data.amount, transaction_id: approvedEvents[0].data.transaction_id },
        { agent_did: agent.did, amount: avt('40.25'), transaction_id: approval.transaction_id },
      );

      // Decided for good: neither a later approval nor a rejection changes anything.
      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${request.request_id}/approve`, { token: adminToken }), 409);
      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${request.request_id}/reject`, { token: adminToken, json: { reason: 'late' } }), 409);
      assert.equal(await balance(agent.token), avt('43.25'));
      const mine = await http('GET', '/api/v1/funding/my-requests', { token: agent.token });
      assert.equal(mine.body.items[0].status, 'approved');
      assert.equal(mine.body.items[0].transaction_id, approval.transaction_id);
      await assertAuditConsistent();
    });

    it('rejects a request once; an approval after a rejection is a conflict and moves nothing', async () => {
      const agent = await newAgent(await newDeveloper());
      const request = await requestFunding(agent.token, '10');
      const rejected = await http('POST', `/api/v1/admin/funding-requests/${request.request_id}/reject`, { token: adminToken, json: { reason: 'not this month' } });
      assert.equal(rejected.status, 200, rejected.text);
      assert.equal(rejected.body.status, 'rejected');
      assert.equal(rejected.body.rejection_reason, 'not this month');
      assert.equal(rejected.body.transaction_id, null);
      assert.ok(rejected.body.decided_at);

      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${request.request_id}/approve`, { token: adminToken }), 409, /already rejected/);
      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${request.request_id}/reject`, { token: adminToken, json: { reason: 'again' } }), 409);
      assert.equal(await balance(agent.token), avt('0'));
      assert.equal((await eventsWithKey(`funding-approved-${request.request_id}`)).length, 0);
      const [event] = await eventsWithKey(`funding-rejected-${request.request_id}`);
      assert.equal(event.type, 'FundingRejected');
      const [out] = await outboxEvents('funding.rejected', 'request_id', request.request_id);
      assert.equal(out.data.agent_did, agent.did);
      assert.equal(out.data.amount, avt('10'));
      assert.equal(out.data.reason, 'not this month');

      const listed = await http('GET', '/api/v1/admin/funding-requests?status=rejected&limit=100', { token: adminToken });
      assert.ok(listed.body.items.some((r: any) => r.request_id === request.request_id));

      // A rejection without a body is fine too.
      const second = await requestFunding(agent.token, '1');
      const bare = await http('POST', `/api/v1/admin/funding-requests/${second.request_id}/reject`, { token: adminToken });
      assert.equal(bare.status, 200, bare.text);
      assert.equal(bare.body.rejection_reason, null);
    });

    it('answers 404 for an unknown request', async () => {
      assertProblem(await http('POST', '/api/v1/admin/funding-requests/fr_00000000000000000000000000000000/approve', { token: adminToken }), 404);
      assertProblem(await http('POST', '/api/v1/admin/funding-requests/nope/reject', { token: adminToken, json: { reason: 'x' } }), 404);
    });

    it('refuses a suspended agent’s request (403) and leaves a suspended agent’s earlier request pending (409)', async () => {
      const agent = await newAgent(await newDeveloper());
      const earlier = await requestFunding(agent.token, '7');
      const suspend = await http('POST', `/api/v1/admin/agents/${agent.did}/suspend`, { token: adminToken, json: { reason: 'review' } });
      assert.equal(suspend.status, 200, suspend.text);

      assertProblem(await http('POST', '/api/v1/funding/request', { token: agent.token, json: { amount: '5', reason: 'more' } }), 403, /^Agent account is suspended$/);
      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${earlier.request_id}/approve`, { token: adminToken }), 409, /suspended/);
      const list = await http('GET', '/api/v1/admin/funding-requests?status=pending&limit=100', { token: adminToken });
      assert.ok(list.body.items.some((r: any) => r.request_id === earlier.request_id));

      const reinstate = await http('POST', `/api/v1/admin/agents/${agent.did}/reinstate`, { token: adminToken, json: {} });
      assert.equal(reinstate.status, 200, reinstate.text);
      const approved = await http('POST', `/api/v1/admin/funding-requests/${earlier.request_id}/approve`, { token: adminToken });
      assert.equal(approved.status, 200, approved.text);
      assert.equal(approved.body.new_balance, avt('7'));
    });

    it('leaves a request the treasury cannot cover pending (422)', async () => {
      const agent = await newAgent(await newDeveloper());
      const huge = await requestFunding(agent.token, '900000000000000');
      assertProblem(await http('POST', `/api/v1/admin/funding-requests/${huge.request_id}/approve`, { token: adminToken }), 422, /Treasury has/);
      const mine = await http('GET', '/api/v1/funding/my-requests', { token: agent.token });
      assert.equal(mine.body.items[0].status, 'pending');
      assert.equal(await balance(agent.token), avt('0'));
      const rejected = await http('POST', `/api/v1/admin/funding-requests/${huge.request_id}/reject`, { token: adminToken, json: { reason: 'too much' } });
      assert.equal(rejected.status, 200, rejected.text);
      await assertAuditConsistent();
    });
  });

  // ── reputation ──────────────────────────────────────────────────────────────

  describe('reputation signals', () => {
    let sender: TestAgent;
    let receiver: TestAgent;
    let unrated: TestAgent;
    let receiverDev: string;

    before(async () => {
      sender = await newAgent(await newDeveloper());
      receiverDev = await newDeveloper();
      receiver = await newAgent(receiverDev);
      unrated = await newAgent(receiverDev);
      await fund(sender.did, '100');
    });

    it('lets the sender rate a completed transfer once, and counts it for the receiver', async () => {
      const tid = await transfer(sender, receiver);
      const path = `/api/v1/teg/transactions/${tid}/reputation-signal`;

      assertProblem(await http('POST', path, { token: receiver.token, json: { signal_value: 1 } }), 403, /Only the sender/);
      assertProblem(await http('POST', path, { token: unrated.token, json: { signal_value: 1 } }), 403);
      for (const signal_value of [0, 2, -2, 100, 2 ** 32 + 1]) {
        const bad = await http('POST', path, { token: sender.token, json: { signal_value } });
        assertProblem(bad, 422);
        assert.equal(bad.body.error.field, 'signal_value');
      }
      for (const signal_value of ['1', 0.5, null]) assertProblem(await http('POST', path, { token: sender.token, json: { signal_value } }), 422);
      assertProblem(await http('POST', path, { token: sender.token, json: {} }), 422);
      assertProblem(await http('POST', path, { json: { signal_value: 1 } }), 401);

      const applied = await http('POST', path, { token: sender.token, json: { signal_value: 1 } });
      assert.equal(applied.status, 200, applied.text);
      assert.deepEqual(applied.body, {
        transaction_id: tid, sender_agent_id: sender.did, receiver_agent_id: receiver.did, signal_value: 1, new_receiver_reputation: 1, status: 'applied',
      });
      assertProblem(await http('POST', path, { token: sender.token, json: { signal_value: 1 } }), 409, /already applied/);
      assertProblem(await http('POST', path, { token: sender.token, json: { signal_value: -1 } }), 409);

      const txs = await http('GET', '/api/v1/teg/transactions?transaction_type=transfer', { token: sender.token });
      assert.equal(txs.body.items.find((t: any) => t.transaction_id === tid).reputation_signal_applied, true);

      const rep = await http('GET', `/api/v1/teg/agents/${receiver.did}/reputation`);
      assert.equal(rep.status, 200, rep.text);
      assert.equal(rep.body.agent_id, receiver.did);
      assert.equal(rep.body.reputation_score, 1);
      assert.equal(rep.body.reputation_tier, 'new');
      assert.equal(rep.body.positive_signals, 1);
      assert.equal(rep.body.negative_signals, 0);
      assert.equal(rep.body.total_transactions, 1);
      assert.ok(Date.parse(rep.body.last_updated) > 0);

      const history = await http('GET', `/api/v1/teg/agents/${receiver.did}/reputation/history`);
      assert.equal(history.status, 200, history.text);
      assert.equal(history.body.total, 1);
      assert.equal(history.body.agent_id, receiver.did);
      assert.deepEqual(
        { ...history.body.items[0], timestamp: undefined },
        { timestamp: undefined, signal_value: 1, score_change: 1, new_score: 1, reason: 'transaction_signal', related_transaction_id: tid, signaled_by: sender.did },
      );

      const events = await eventsWithKey(`reputation-${tid}`);
      assert.equal(events.length, 1);
      assert.equal(events[0].type, 'ReputationSignalApplied');
      assert.equal((await postingsOf(events[0].seq)).length, 0);
      const changed = await outboxEvents('reputation.changed', 'transaction_id', tid);
      assert.equal(changed.length, 1);
      assert.deepEqual(
        { agent_did: changed[0].data.agent_did, old_score: changed[0].data.old_score, new_score: changed[0].data.new_score },
        { agent_did: receiver.did, old_score: 0, new_score: 1 },
      );
    });

    it('answers 404 for an unknown transaction and 422 for anything but a transfer', async () => {
      assertProblem(await http('POST', '/api/v1/teg/transactions/tx_00000000000000000000000000000000/reputation-signal', { token: sender.token, json: { signal_value: 1 } }), 404);
      // The treasury funded the sender: the sender is the receiver there, not the sender.
      const fundings = await http('GET', '/api/v1/teg/transactions?transaction_type=funding', { token: sender.token });
      const funding = fundings.body.items[0].transaction_id;
      assertProblem(await http('POST', `/api/v1/teg/transactions/${funding}/reputation-signal`, { token: sender.token, json: { signal_value: 1 } }), 403);
      // A payment to the treasury has this agent as its sender, but it is not a transfer between agents.
      const sys = await http('POST', '/api/v1/teg/system-transfer', { token: sender.token, json: { amount: '1', purpose: 'fees' } });
      assert.equal(sys.status, 200, sys.text);
      const refused = await http('POST', `/api/v1/teg/transactions/${sys.body.transaction_id}/reputation-signal`, { token: sender.token, json: { signal_value: 1 } });
      assertProblem(refused, 422, /only to completed transfers/);
    });

    it('applies exactly one of 10 concurrent signals on one transfer', async () => {
      const tid = await transfer(sender, receiver);
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => http('POST', `/api/v1/teg/transactions/${tid}/reputation-signal`, { token: sender.token, json: { signal_value: 1 } })),
      );
      assert.equal(responses.filter((r) => r.status === 200).length, 1, responses.map((r) => `${r.status} ${r.text}`).join('\n'));
      assert.equal(responses.filter((r) => r.status === 409).length, 9);
      assert.equal(responses.find((r) => r.status === 200)!.body.new_receiver_reputation, 2);
      assert.equal((await http('GET', `/api/v1/teg/agents/${receiver.did}/reputation`)).body.reputation_score, 2);
      assert.equal((await eventsWithKey(`reputation-${tid}`)).length, 1);
      assert.equal((await outboxEvents('reputation.changed', 'transaction_id', tid)).length, 1);
    });

    it('adds up concurrent signals on different transfers to one receiver, and moves the tier', async () => {
      const tids = [];
      for (let i = 0; i < 10; i += 1) tids.push(await transfer(sender, receiver, '0.5'));
      const responses = await Promise.all(tids.map((t) => http('POST', `/api/v1/teg/transactions/${t}/reputation-signal`, { token: sender.token, json: { signal_value: 1 } })));
      assert.deepEqual(responses.map((r) => r.status), Array(10).fill(200));
      assert.deepEqual(responses.map((r) => r.body.new_receiver_reputation).sort((a, b) => a - b), [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      const rep = await http('GET', `/api/v1/teg/agents/${receiver.did}/reputation`);
      assert.equal(rep.body.reputation_score, 12);
      assert.equal(rep.body.reputation_tier, 'trusted');
      assert.equal(rep.body.positive_signals, 12);
      assert.equal(rep.body.total_transactions, 12);

      const history = await http('GET', `/api/v1/teg/agents/${receiver.did}/reputation/history?limit=5&offset=0`);
      assert.equal(history.body.total, 12);
      assert.equal(history.body.items.length, 5);
      assert.equal(history.body.items[0].new_score, 12);
      const scores = history.body.items.map((e: any) => e.new_score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    });

    it('puts an agent with more negative than positive signals on probation', async () => {
      const bad = await newAgent(await newDeveloper());
      const tid = await transfer(sender, bad);
      const res = await http('POST', `/api/v1/teg/transactions/${tid}/reputation-signal`, { token: sender.token, json: { signal_value: -1 } });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.new_receiver_reputation, -1);
      const rep = await http('GET', `/api/v1/teg/agents/${bad.did}/reputation`);
      assert.equal(rep.body.reputation_score, -1);
      assert.equal(rep.body.reputation_tier, 'probation');
      assert.equal(rep.body.negative_signals, 1);
      assert.equal(rep.body.positive_signals, 0);
      const [changed] = await outboxEvents('reputation.changed', 'transaction_id', tid);
      assert.equal(changed.data.old_score, 0);
      assert.equal(changed.data.new_score, -1);
    });

    it('shows score 0 for an agent never rated, and 404 for an unknown agent', async () => {
      const rep = await http('GET', `/api/v1/teg/agents/${unrated.did}/reputation`);
      assert.equal(rep.status, 200, rep.text);
      assert.deepEqual(rep.body, {
        agent_id: unrated.did, reputation_score: 0, reputation_tier: 'new', last_updated: null, total_transactions: 0, positive_signals: 0, negative_signals: 0,
      });
      const history = await http('GET', `/api/v1/teg/agents/${unrated.did}/reputation/history`);
      assert.deepEqual({ items: history.body.items, total: history.body.total }, { items: [], total: 0 });
      assertProblem(await http('GET', '/api/v1/teg/agents/did:agentvault:00000000000000000000000000000000/reputation'), 404);
      assertProblem(await http('GET', '/api/v1/teg/agents/did:agentvault:00000000000000000000000000000000/reputation/history'), 404);
      assertProblem(await http('GET', '/api/v1/teg/agents/system:treasury/reputation'), 404);
      assertProblem(await http('GET', `/api/v1/teg/agents/${unrated.did}/reputation/history?limit=0`), 422);
    });

    it('ranks rated agents best first, in pages', async () => {
      const all = await http('GET', '/api/v1/teg/reputation/rankings?limit=100');
      assert.equal(all.status, 200, all.text);
      assert.equal(all.body.limit, 100);
      assert.equal(all.body.offset, 0);
      assert.equal(all.body.total, all.body.items.length);
      assert.deepEqual(all.body.items.map((r: any) => r.rank), all.body.items.map((_: unknown, i: number) => i + 1));
      const scores = all.body.items.map((r: any) => r.reputation_score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
      const mine = all.body.items.find((r: any) => r.agent_id === receiver.did);
      assert.equal(mine.reputation_score, 12);
      assert.equal(mine.reputation_tier, 'trusted');
      assert.ok(!all.body.items.some((r: any) => r.agent_id === unrated.did), 'agents never rated are not ranked');
      assert.ok(all.body.items.at(-1).reputation_score < 0);

      const second = await http('GET', '/api/v1/teg/reputation/rankings?limit=1&offset=1');
      assert.equal(second.body.items.length, 1);
      assert.equal(second.body.items[0].rank, 2);
      assert.equal(second.body.items[0].agent_id, all.body.items[1].agent_id);
    });

    it("averages the developer's agents' scores in the TEG summary", async () => {
      // receiverDev owns the receiver (12) and an agent never rated (0).
      const summary = await http('GET', '/api/v1/developers/me/teg-summary', { token: receiverDev });
      assert.equal(summary.status, 200, summary.text);
      assert.equal(summary.body.agent_count, 2);
      assert.equal(summary.body.aggregate_reputation_score, 6);
      const empty = await http('GET', '/api/v1/developers/me/teg-summary', { token: await newDeveloper() });
      assert.equal(empty.body.aggregate_reputation_score, 0);
    });

    it('keeps the books consistent', async () => {
      await assertAuditConsistent();
    });
  });
});
