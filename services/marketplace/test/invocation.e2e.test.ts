import assert from 'node:assert/strict';
import { createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, type TestAgent } from '../../ledger/test/helpers.js';
import { startEventReceiver, startQueueAgent, startWebhookAgent } from './agents.js';

const FEE = 0.001;
const num = (v: string) => Number(v);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe('invocation and tasks over HTTP (split layout)', function () {
  this.timeout(240_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let webhookAgent: Awaited<ReturnType<typeof startWebhookAgent>>;
  let receiver: Awaited<ReturnType<typeof startEventReceiver>>;
  let queue: ReturnType<typeof startQueueAgent> | undefined;
  let caller: TestAgent;
  let hooked: TestAgent;
  let queued: TestAgent;
  let stranger: TestAgent;

  before(async () => {
    db = await createTestDatabase('av_invocation');
    webhookAgent = await startWebhookAgent();
    receiver = await startEventReceiver();
    stack = await startStack({
      layout: 'split',
      databaseUrl: db.url,
      env: {
        MARKETPLACE_ALLOW_PRIVATE_ENDPOINTS: 'true',
        MARKETPLACE_COMMISSION_BPS: '1000',
        MARKETPLACE_INVOCATION_RECOVERY_INTERVAL_MS: '200',
        MARKETPLACE_INVOCATION_GRACE_MS: '500',
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        WEBHOOK_POLL_MS: '250',
      },
    });
    a = actors(stack.baseUrl);
    [caller, hooked, queued, stranger] = await Promise.all([a.agent(), a.agent(), a.agent(), a.agent()]);
    await a.fund(caller.did, '100');
  });

  after(async () => {
    await queue?.stop();
    if (stack) await stack.stop();
    await webhookAgent?.close();
    await receiver?.close();
    await db?.drop();
  });

  afterEach(async function () {
    if (!stack) return;
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
    if (this.currentTest?.state === 'failed') console.log(stack.logs().slice(-8000));
  });

  const configure = (agent: TestAgent, json: Record<string, unknown>, token = agent.token) =>
    a.http('PUT', `/api/v1/agents/${encodeURIComponent(agent.did)}/invocation`, { token, json });
  const invoke = (json: Record<string, unknown>, token = caller.token) => a.http('POST', '/api/v1/invoke', { token, json });
  const task = (id: string, token = caller.token) => a.http('GET', `/api/v1/tasks/${id}`, { token });
  const balance = async (agent: TestAgent) => num(await a.balance(agent.token));

  it('reads and changes an invocation configuration; only the agent or its developer may change it', async () => {
    const initial = await a.http('GET', `/api/v1/agents/${encodeURIComponent(hooked.did)}/invocation`);
    assert.equal(initial.status, 200, initial.text);
    assert.deepEqual(initial.body, { agent_did: hooked.did, enabled: false, delivery_mode: 'none', capabilities: [], updated_at: null });
    assertProblem(await a.http('GET', `/api/v1/agents/${encodeURIComponent('did:web:nobody.example')}/invocation`), 404);

    assertProblem(await configure(hooked, { enabled: true, delivery_mode: 'webhook' }), 422, /webhook_url/);
    assertProblem(await configure(hooked, { enabled: true, delivery_mode: 'webhook', webhook_url: 'ftp://example.com/x' }), 422);
    assertProblem(await configure(hooked, { enabled: true, delivery_mode: 'webhook', webhook_url: webhookAgent.url }, stranger.token), 403);
    assertProblem(await configure(hooked, { enabled: true, delivery_mode: 'webhook', webhook_url: webhookAgent.url }, stranger.developerToken), 403);
    assertProblem(await configure(hooked, { enabled: true, delivery_mode: 'webhook', webhook_url: webhookAgent.url, webhook_secret: 'not-a-secret' }), 422, /whsec_/);

    const set = await configure(hooked, {
      enabled: true, delivery_mode: 'webhook', webhook_url: webhookAgent.url,
      capabilities: [{ name: 'echo', price: '0' }, { name: 'translate', price: '2' }, { name: 'boom', price: '1' }, { name: 'slow', price: '1' }, { name: 'hang', price: '3' }, { name: 'not-json', price: '1' }],
    });
    assert.equal(set.status, 200, set.text);
    assert.match(set.body.webhook_secret, /^whsec_[A-Za-z0-9+/]+=*$/, 'a secret is generated and shown once');
    assert.equal(set.body.webhook_url, webhookAgent.url);
    webhookAgent.useSecret(set.body.webhook_secret);
    const read = await a.http('GET', `/api/v1/agents/${encodeURIComponent(hooked.did)}/invocation`);
    assert.equal(read.body.enabled, true);
    assert.equal(read.body.delivery_mode, 'webhook');
    assert.equal(read.body.webhook_url, undefined, 'the URL is for the owner only');
    assert.equal(read.body.webhook_secret, undefined, 'the secret is never shown again');
    assert.deepEqual(read.body.capabilities.find((c: any) => c.name === 'translate'), { name: 'translate', price: '2.000000000000000000' });

    // The developer configures its agent for the queue.
    const byDeveloper = await configure(queued, { enabled: true, delivery_mode: 'queue', capabilities: [{ name: 'sum', price: '1.5' }, { name: 'fail', price: '1' }, { name: 'ignore', price: '1' }] }, queued.developerToken);
    assert.equal(byDeveloper.status, 200, byDeveloper.text);
    assert.equal(byDeveloper.body.webhook_secret, undefined, 'a queue agent needs no secret');
  });

  it('invokes a webhook agent synchronously: a signed delivery, the answer, the task for its creator only', async () => {
    // The caller's developer follows its agent's tasks through the webhook catalogue.
    const hook = await a.http('POST', '/api/v1/developers/webhooks', { token: caller.developerToken, json: { url: receiver.url, events: ['task.created', 'task.completed'] } });
    assert.equal(hook.status, 201, hook.text);
    const before = await balance(caller);
    const done = await invoke({ target_did: hooked.did, capability: 'echo', input: { text: 'hello' } });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.status, 'completed');
    assert.deepEqual(done.body.output, { echo: { text: 'hello' }, capability: 'echo' });
    assert.equal(done.body.amount, '0.000000000000000000');
    assert.equal(done.body.delivery_mode, 'webhook');
    const delivery = webhookAgent.seen.find((s) => s.taskId === done.body.task_id);
    assert.ok(delivery, 'the agent got the task');
    assert.equal(delivery.verified, true, 'the Standard Webhooks signature checks out');
    assert.equal(delivery.callerDid, caller.did);
    assert.equal(delivery.headers.authorization, undefined, "the caller's credentials never reach the agent");
    assert.ok(near(await balance(caller), before), 'a free capability costs nothing');
    const events = await waitFor(() => {
      const mine = receiver.events.filter((e) => e.data.task_id === done.body.task_id);
      return mine.length === 2 ? mine : null;
    }, { what: 'task.created and task.completed delivered to the caller’s developer' });
    assert.deepEqual(events.map((e) => e.event).sort(), ['task.completed', 'task.created']);
    const completedEvent = events.find((e) => e.event === 'task.completed')!;
    assert.equal(completedEvent.data.agent_did, hooked.did);
    assert.equal(completedEvent.data.caller_did, caller.did);
    assert.equal(completedEvent.data.status, 'completed');

    const mine = await task(done.body.task_id);
    assert.equal(mine.status, 200, mine.text);
    assert.deepEqual(mine.body.input, { text: 'hello' });
    assert.deepEqual(mine.body.output, done.body.output);
    assert.equal((await task(done.body.task_id, caller.developerToken)).status, 200, "the creator's developer reads it too");
    assertProblem(await task(done.body.task_id, stranger.token), 404);
    assertProblem(await task(done.body.task_id, hooked.developerToken), 404);
    assertProblem(await task('00000000-0000-4000-8000-000000000000'), 404);

    assertProblem(await invoke({ target_did: hooked.did, capability: 'dance', input: {} }), 404, /does not offer/);
    assertProblem(await invoke({ target_did: stranger.did, capability: 'echo', input: {} }), 409, /does not accept invocations/);
    assertProblem(await invoke({ target_did: 'did:web:nobody.example', capability: 'echo', input: {} }), 404);
    assertProblem(await invoke({ target_did: hooked.did, capability: 'echo', input: {} }, hooked.token), 422, /itself/);
    assertProblem(await invoke({ target_did: hooked.did, capability: 'echo', input: {}, timeout_ms: 300_001 }), 422);
    assertProblem(await invoke({ target_did: hooked.did, capability: 'echo', input: 'text' }), 422);
  });

  it('charges a paid capability once per completed task: the price to the agent, the commission to the treasury', async () => {
    const [callerBefore, agentBefore] = [await balance(caller), await balance(hooked)];
    const done = await invoke({ target_did: hooked.did, capability: 'translate', input: { text: 'hola' } });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.amount, '2.000000000000000000');
    assert.equal(done.body.charged, true);
    assert.ok(near(await balance(caller), callerBefore - 2 - FEE), 'the price and the transfer fee');
    await waitFor(async () => near(await balance(hooked), agentBefore + 1.8), { what: 'the price less the commission paid to the agent' });

    // Concurrent invocations: each charged exactly once.
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => invoke({ target_did: hooked.did, capability: 'translate', input: { n: i } })));
    for (const r of burst) assert.equal(r.status, 200, r.text);
    assert.equal(new Set(burst.map((r) => r.body.task_id)).size, 6);
    assert.ok(near(await balance(caller), callerBefore - 7 * (2 + FEE)));
    await waitFor(async () => near(await balance(hooked), agentBefore + 7 * 1.8), { what: 'seven payments to the agent' });

    // A retry with the same Idempotency-Key answers the first task and charges nothing more.
    const keyed = () => a.http('POST', '/api/v1/invoke', { token: caller.token, headers: { 'Idempotency-Key': 'translate-once' }, json: { target_did: hooked.did, capability: 'translate', input: { text: 'once' } } });
    const first = await keyed();
    assert.equal(first.status, 200, first.text);
    const retry = await keyed();
    assert.equal(retry.status, 200, retry.text);
    assert.equal(retry.body.task_id, first.body.task_id);
    assert.ok(near(await balance(caller), callerBefore - 8 * (2 + FEE)), 'the retry is not charged');
    await waitFor(async () => near(await balance(hooked), agentBefore + 8 * 1.8), { what: 'eight payments to the agent' });
  });

  it('answers 502 when the agent fails and 504 when it is too slow, charging nothing; the tasks stay visible', async () => {
    const before = await balance(caller);
    const boom = await invoke({ target_did: hooked.did, capability: 'boom', input: {} });
    assertProblem(boom, 502, /failed the task.*nothing was charged/);
    assert.equal(boom.body.error.code, 'AGENT_ERROR');
    const failedId = boom.body.context?.task_id ?? boom.body.error?.context?.task_id;
    assert.ok(failedId, boom.text);
    const failed = await task(failedId);
    assert.equal(failed.body.status, 'failed');
    assert.match(failed.body.error, /agent answered 500/);
    assert.equal(failed.body.charged, false);

    assertProblem(await invoke({ target_did: hooked.did, capability: 'not-json', input: {} }), 502, /not JSON/);

    const slow = await invoke({ target_did: hooked.did, capability: 'slow', input: {}, timeout_ms: 800 });
    assertProblem(slow, 504, /did not answer within 800 ms/);
    const slowId = slow.body.context?.task_id ?? slow.body.error?.context?.task_id;
    const timedOut = await task(slowId);
    assert.equal(timedOut.status, 200, timedOut.text);
    assert.equal(timedOut.body.status, 'timed_out');

    await waitFor(async () => near(await balance(caller), before), { what: 'the holds of the failed tasks given back' });
  });

  it('refuses a body over 1 MB with 413 and takes one just under it', async () => {
    const big = { blob: 'x'.repeat(1_048_576) };
    const refused = await invoke({ target_did: hooked.did, capability: 'echo', input: big });
    assertProblem(refused, 413);
    const fits = await invoke({ target_did: hooked.did, capability: 'echo', input: { blob: 'y'.repeat(900_000) } });
    assert.equal(fits.status, 200, fits.text);
    assert.equal(fits.body.output.echo.blob.length, 900_000);
  });

  it('gives a queue agent tasks to poll, accept and complete or fail; charged once on completion, never on failure', async () => {
    const [callerBefore, agentBefore] = [await balance(caller), await balance(queued)];
    const pending = await invoke({ target_did: queued.did, capability: 'sum', input: { numbers: [1, 2, 3] } });
    assert.equal(pending.status, 202, pending.text);
    assert.equal(pending.body.status, 'pending');
    assert.ok(near(await balance(caller), callerBefore - 1.5 - FEE), 'held while pending');

    // Only the target agent sees and takes its tasks.
    const others = await a.http('GET', '/api/v1/agent/tasks', { token: stranger.token });
    assert.equal(others.body.count, 0);
    assertProblem(await a.http('POST', `/api/v1/agent/tasks/${pending.body.task_id}/accept`, { token: stranger.token }), 403);
    const polled = await a.http('GET', `/api/v1/agent/tasks?agent_did=${encodeURIComponent(queued.did)}`, { token: queued.developerToken });
    assert.deepEqual(polled.body.items.map((t: any) => t.task_id), [pending.body.task_id]);
    assert.deepEqual(polled.body.items[0].input, { numbers: [1, 2, 3] });

    queue = startQueueAgent(a.http, queued.token);
    const completed = await waitFor(async () => {
      const t = await task(pending.body.task_id);
      return t.body.status === 'completed' ? t : null;
    }, { what: 'the queue agent completing the task' });
    assert.deepEqual(completed.body.output, { sum: 6 });
    assert.equal(completed.body.charged, true);
    await waitFor(async () => near(await balance(queued), agentBefore + 1.35), { what: 'the price less the commission paid to the queue agent' });
    assert.ok(near(await balance(caller), callerBefore - 1.5 - FEE), 'charged once');
    assertProblem(await a.http('POST', `/api/v1/agent/tasks/${pending.body.task_id}/result`, { token: queued.token, json: { output: 1 } }), 409);

    const failing = await invoke({ target_did: queued.did, capability: 'fail', input: {} });
    assert.equal(failing.status, 202, failing.text);
    const failed = await waitFor(async () => {
      const t = await task(failing.body.task_id);
      return t.body.status === 'failed' ? t : null;
    }, { what: 'the queue agent failing the task' });
    assert.equal(failed.body.error, 'cannot do that');
    await waitFor(async () => near(await balance(caller), callerBefore - 1.5 - FEE), { what: "the failed task's hold given back" });
    // Its polling would fill the gateway's breaker with failures while the marketplace restarts below.
    await queue.stop();
    queue = undefined;
  });

  it('times out a queue task nobody completes: the hold given back, a late result refused', async () => {
    const before = await balance(caller);
    const pending = await invoke({ target_did: queued.did, capability: 'ignore', input: {}, timeout_ms: 600 });
    assert.equal(pending.status, 202, pending.text);
    const timedOut = await waitFor(async () => {
      const t = await task(pending.body.task_id);
      return t.body.status === 'timed_out' ? t : null;
    }, { what: 'the task timed out' });
    assert.equal(timedOut.body.charged, false);
    await waitFor(async () => near(await balance(caller), before), { what: "the timed-out task's hold given back" });
    assertProblem(await a.http('POST', `/api/v1/agent/tasks/${pending.body.task_id}/result`, { token: queued.token, json: { output: 'late' } }), 409, /timed_out/);
  });

  it('a SIGKILL of the marketplace mid-task charges nothing for that task and loses no earlier charge', async () => {
    const [callerBefore, agentBefore] = [await balance(caller), await balance(hooked)];
    const hung = webhookAgent.nextHang();
    const inFlight = invoke({ target_did: hooked.did, capability: 'hang', input: {}, timeout_ms: 2000 });
    await hung;
    assert.ok(near(await balance(caller), callerBefore - 3 - FEE), 'held while the agent works');
    await stack.restart('marketplace', { signal: 'SIGKILL' });
    webhookAgent.release();
    const answer = await inFlight;
    assert.ok(answer.status >= 500, `the caller got no answer: ${answer.status}`);

    // The restarted service times the interrupted task out and gives its hold back.
    await waitFor(async () => near(await balance(caller), callerBefore), { timeoutMs: 30_000, what: "the interrupted task's hold given back" });
    const hangTask = webhookAgent.seen.filter((s) => s.capability === 'hang').at(-1)!;
    const interrupted = await waitFor(async () => {
      const t = await task(hangTask.taskId);
      return t.status === 200 ? t : null;
    }, { what: 'the task readable again' });
    assert.equal(interrupted.body.status, 'timed_out');
    assert.match(interrupted.body.error, /interrupted/);
    assert.ok(near(await balance(hooked), agentBefore), 'the agent was not paid for it, and kept what it had');

    const again = await invoke({ target_did: hooked.did, capability: 'translate', input: {} });
    assert.equal(again.status, 200, again.text);
  });

  it('a completed task whose charge could not be posted (ledger down, then a SIGKILL) is charged exactly once after the restart', async () => {
    const [callerBefore, agentBefore] = [await balance(caller), await balance(hooked)];
    const hung = webhookAgent.nextHang();
    const inFlight = invoke({ target_did: hooked.did, capability: 'hang', input: {}, timeout_ms: 30_000 });
    await hung;
    let answer: Awaited<typeof inFlight> | undefined;
    await stack.restart('ledger', {
      signal: 'SIGKILL',
      // While the ledger is down the agent answers: the task completes, its charge waits to be posted.
      stopped: async () => {
        webhookAgent.release({ translated: 'done' });
        answer = await inFlight;
      },
    });
    assert.equal(answer?.status, 200, answer?.text);
    assert.equal(answer.body.status, 'completed');
    assert.equal(answer.body.charged, true);
    await stack.restart('marketplace', { signal: 'SIGKILL' });

    await waitFor(async () => near(await balance(hooked), agentBefore + 2.7), { timeoutMs: 30_000, what: 'the charge posted after the restarts' });
    assert.ok(near(await balance(caller), callerBefore - 3 - FEE), 'charged once');
    // Further recovery passes change nothing.
    const again = await invoke({ target_did: hooked.did, capability: 'echo', input: {} });
    assert.equal(again.status, 200, again.text);
    assert.ok(near(await balance(hooked), agentBefore + 2.7));
  });
});
