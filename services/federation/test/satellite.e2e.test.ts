import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, httpClient, startStack, TEST_ADMIN, uniqueSuffix, waitFor, type HttpRequest, type Stack, type TestDatabase, type TestResponse } from '@agentvault/testing';

const PASSWORD = 'Satellite-Passw0rd!';
/** AVT as exact 10^-18 units, so sums compare exactly. */
function avt(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole!) * 10n ** 18n + BigInt(fraction.padEnd(18, '0').slice(0, 18));
}
const FEE = avt('0.001');

interface Agent {
  did: string;
  token: string;
  developerToken: string;
}

/** One registry's users: its admin, developers and their agents. */
function registry(baseUrl: string) {
  const http: HttpRequest = httpClient(baseUrl);
  let adminToken: string | undefined;
  async function admin(): Promise<string> {
    if (!adminToken) {
      const res = await http('POST', '/api/v1/auth/login', { form: { username: TEST_ADMIN.email, password: TEST_ADMIN.password } });
      assert.equal(res.status, 200, res.text);
      adminToken = res.body.access_token;
    }
    return adminToken!;
  }
  async function agent(name: string): Promise<Agent> {
    const email = `sat-${uniqueSuffix()}@example.com`;
    assert.equal((await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Satellite Dev' } })).status, 201);
    const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: login.body.access_token, json: {} });
    const created = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name } } });
    assert.equal(created.status, 201, created.text);
    const token = await http('POST', '/api/v1/auth/agent/token', { form: { client_id: created.body.client_id, client_secret: created.body.client_secret } });
    assert.equal(token.status, 200, token.text);
    return { did: created.body.agent_did, token: token.body.access_token, developerToken: login.body.access_token };
  }
  /** `to` becomes an approved peer of this registry. */
  async function peer(name: string, to: string) {
    const reg = await http('POST', '/api/v1/federation/peers/', { token: await admin(), json: { name, base_url: to, admin_contact_email: 'ops@satellite.test', discovery_auth_info: {} } });
    assert.equal(reg.status, 201, reg.text);
    const approved = await http('POST', `/api/v1/admin/federation/peers/${reg.body.id}/approve`, { token: await admin() });
    assert.equal(approved.status, 200, approved.text);
  }
  const balance = async (agent: Agent) => {
    const res = await http('GET', '/api/v1/teg/balance', { token: agent.token });
    assert.equal(res.status, 200, res.text);
    return avt(res.body.balance);
  };
  const history = async (agent: Agent) => {
    const res = await http('GET', '/api/v1/teg/transactions?limit=100', { token: agent.token });
    assert.equal(res.status, 200, res.text);
    return res.body.items as Array<{ transaction_id: string; transaction_type: string; sender_agent_id: string; receiver_agent_id: string; amount: string }>;
  };
  const transfer = (from: Agent, to: string, amount: string, key?: string) =>
    http('POST', '/api/v1/teg/transfer', { token: from.token, headers: key ? { 'Idempotency-Key': key } : {}, json: { receiver_agent_id: to, amount } });
  return { http, admin, agent, peer, balance, history, transfer, baseUrl };
}

type Registry = ReturnType<typeof registry>;

describe('a satellite on its parent’s ledger (mainframe and two satellites, PostgreSQL, NATS, Redis)', function () {
  this.timeout(300_000);
  let dbs: TestDatabase[] = [];
  let stacks: Stack[] = [];
  let parentStack: Stack;
  let parent: Registry;
  let alpha: Registry;
  let beta: Registry;
  let alphaAgent: Agent;
  let betaAgent: Agent;
  let parentAgent: Agent;

  const common = { FEDERATION_SYNC_INTERVAL_MS: '0', FEDERATION_ALLOW_PRIVATE_PEERS: 'true' };

  before(async () => {
    dbs = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
    parentStack = await startStack({ layout: 'all', databaseUrl: dbs[0]!.url, env: { ...common, REGISTRY_NAME: 'parent-frame' } });
    stacks.push(parentStack);
    // A satellite names its parent, whose URL exists once the parent listens.
    const satellites = await Promise.all(
      ['alpha', 'beta'].map((name, i) =>
        startStack({ layout: 'all', databaseUrl: dbs[i + 1]!.url, env: { ...common, REGISTRY_NAME: `satellite-${name}`, REGISTRY_ROLE: 'satellite', PARENT_REGISTRY_URL: parentStack.baseUrl } }),
      ),
    );
    stacks.push(...satellites);
    parent = registry(parentStack.baseUrl);
    [alpha, beta] = satellites.map((s) => registry(s.baseUrl)) as [Registry, Registry];
    // The parent takes signed calls only from approved peers; each satellite knows its parent too.
    await parent.peer('satellite-alpha', alpha.baseUrl);
    await parent.peer('satellite-beta', beta.baseUrl);
    await alpha.peer('parent-frame', parent.baseUrl);
    await beta.peer('parent-frame', parent.baseUrl);

    [alphaAgent, betaAgent, parentAgent] = await Promise.all([alpha.agent('Alpha courier'), beta.agent('Beta courier'), parent.agent('Parent merchant')]);
    // The account opens on the parent once the satellite has forwarded the agent's onboarding.
    for (const [r, a] of [[alpha, alphaAgent], [beta, betaAgent]] as const) {
      await waitFor(async () => (await r.http('GET', '/api/v1/teg/balance', { token: a.token })).status === 200, { timeoutMs: 30_000, what: 'the satellite agent’s account on the parent' });
    }
  });
  after(async () => {
    await Promise.all(stacks.map((s) => s.stop()));
    await Promise.all(dbs.map((d) => d.drop()));
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') for (const s of stacks) console.error(s.logs().slice(-4000));
  });

  it('keeps the satellite agent’s money on the parent: funded there, a transfer lands there, both histories show it', async () => {
    const funded = await parent.http('POST', '/api/v1/teg/treasury/fund-agent', { token: await parent.admin(), json: { agent_did: alphaAgent.did, amount: '100', reason: 'satellite float' } });
    assert.equal(funded.status, 200, funded.text);
    assert.equal(await alpha.balance(alphaAgent), avt('100'), 'the satellite shows the balance the parent holds');

    const sent = await alpha.transfer(alphaAgent, parentAgent.did, '10', `sat-${randomUUID()}`);
    assert.equal(sent.status, 200, sent.text);
    assert.equal(await parent.balance(parentAgent), avt('10'));
    assert.equal(await alpha.balance(alphaAgent), avt('90') - FEE);
    const onParent = (await parent.history(parentAgent)).find((t) => t.sender_agent_id === alphaAgent.did);
    assert.ok(onParent, 'the parent’s history of the receiver shows the satellite agent’s transfer');
    assert.equal(avt(onParent.amount), avt('10'));
    assert.ok((await alpha.history(alphaAgent)).some((t) => t.transaction_id === onParent.transaction_id), 'the satellite shows the same transaction');

    // The developer's views on the satellite count its agent's money on the parent.
    const summary = await alpha.http('GET', '/api/v1/developers/me/teg-summary', { token: alphaAgent.developerToken });
    assert.equal(summary.status, 200, summary.text);
    assert.equal(avt(summary.body.total_liquid_balance), avt('90') - FEE, summary.text);
    assert.equal(summary.body.agent_count, 1);
    const owned = await alpha.http('GET', `/api/v1/developers/me/agents/${alphaAgent.did}/balance`, { token: alphaAgent.developerToken });
    assert.equal(owned.status, 200, owned.text);
  });

  it('keeps a satellite agent’s stake (a ledger lock) and a payment hold on the parent too', async () => {
    const payee = await alpha.agent('Alpha payee');
    await waitFor(async () => (await alpha.http('GET', '/api/v1/teg/balance', { token: payee.token })).status === 200, { timeoutMs: 30_000, what: 'the payee’s account on the parent' });
    const liquid = await alpha.balance(alphaAgent);

    const staked = await alpha.http('POST', '/api/v1/staking/stake', { token: alphaAgent.token, json: { amount: '5' } });
    assert.equal(staked.status, 201, staked.text);
    const stakingBalance = await alpha.http('GET', '/api/v1/staking/balance', { token: alphaAgent.token });
    assert.equal(stakingBalance.status, 200, stakingBalance.text);
    assert.equal(avt(stakingBalance.body.staked_balance), avt('5'), stakingBalance.text);
    assert.equal(await alpha.balance(alphaAgent), liquid - avt('5'));

    const auth = await alpha.http('POST', '/api/v1/a2a-payment/authorize', { token: alphaAgent.token, json: { receiver_agent_id: payee.did, amount: '4', purpose: 'inference' } });
    assert.equal(auth.status, 201, auth.text);
    assert.equal(await alpha.balance(alphaAgent), liquid - avt('9') - FEE, 'amount and fee held on the parent');
    const token = auth.body.payment_token as string;
    const settles = await Promise.all([1, 2, 3].map(() => alpha.http('POST', '/api/v1/a2a-payment/settle', { token: alphaAgent.token, headers: { 'Idempotency-Key': token.slice(4, 36) }, json: { payment_token: token } })));
    assert.ok(settles.some((s) => s.status === 200), settles.map((s) => s.text).join('\n'));
    assert.equal(await alpha.balance(payee), avt('4'));

    const holds = await parent.http('GET', '/api/v1/admin/teg/audit', { token: await parent.admin() });
    assert.equal(holds.body.consistent, true, holds.text);
  });

  it('cannot mint, fund from the treasury, or touch another satellite’s (or the parent’s) agents: 403 with the reason', async () => {
    const mint = await alpha.http('POST', '/api/v1/admin/teg/issue', { token: await alpha.admin(), json: { amount: '1000', reason: 'free money' } });
    assert.equal(mint.status, 403, mint.text);
    assert.match(mint.body.detail, /minting/i);
    const fund = await alpha.http('POST', '/api/v1/teg/treasury/fund-agent', { token: await alpha.admin(), json: { agent_did: alphaAgent.did, amount: '5' } });
    assert.equal(fund.status, 403, fund.text);
    assert.match(fund.body.detail, /treasury/);

    const foreign = await alpha.http('POST', `/api/v1/admin/agents/${betaAgent.did}/suspend`, { token: await alpha.admin(), json: { reason: 'not yours' } });
    assert.equal(foreign.status, 403, foreign.text);
    assert.match(foreign.body.detail, /another satellite/);
    assert.equal(foreign.body.error.code, 'SATELLITE_FORBIDDEN');
    const parents = await alpha.http('POST', `/api/v1/admin/agents/${parentAgent.did}/suspend`, { token: await alpha.admin(), json: { reason: 'not yours' } });
    assert.equal(parents.status, 403, parents.text);
    assert.match(parents.body.detail, /not onboarded through satellite satellite-alpha/);
    // Beta's agent is untouched and still receives.
    assert.equal(await beta.balance(betaAgent), 0n);
    const sent = await alpha.transfer(alphaAgent, betaAgent.did, '1', `sat-${randomUUID()}`);
    assert.equal(sent.status, 200, sent.text);
    assert.equal(await beta.balance(betaAgent), avt('1'));
  });

  it('announces a forwarded suspension on the satellite too: its identity mirrors the agent’s status', async () => {
    const suspendee = await alpha.agent('Alpha suspendee');
    await waitFor(async () => (await alpha.http('GET', '/api/v1/teg/balance', { token: suspendee.token })).status === 200, { timeoutMs: 30_000, what: 'the account on the parent' });
    const suspended = await alpha.http('POST', `/api/v1/admin/agents/${suspendee.did}/suspend`, { token: await alpha.admin(), json: { reason: 'abuse report' } });
    assert.equal(suspended.status, 200, suspended.text);
    assert.equal(suspended.body.status, 'suspended');
    await waitFor(async () => (await alpha.http('GET', `/api/v1/agents/by-did/${suspendee.did}`)).body?.status === 'suspended', { timeoutMs: 30_000, what: 'identity on the satellite to mirror the suspension' });
  });

  it('50 concurrent replays of one Idempotency-Key move the money once', async () => {
    const before = await alpha.balance(alphaAgent);
    const key = `burst-${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 50 }, () => alpha.transfer(alphaAgent, parentAgent.did, '2', key)));
    const statuses = answers.map((a) => a.status);
    assert.ok(statuses.every((s) => s === 200 || s === 409), `statuses: ${[...new Set(statuses)].join(', ')}`);
    assert.ok(statuses.includes(200));
    const ids = new Set(answers.filter((a) => a.status === 200).map((a) => a.body.transaction_id));
    assert.equal(ids.size, 1, 'every successful answer names the same transaction');
    // Once the first has finished, a replay answers from the record.
    const replay = await alpha.transfer(alphaAgent, parentAgent.did, '2', key);
    assert.equal(replay.status, 200, replay.text);
    assert.equal(replay.body.transaction_id, [...ids][0]);
    assert.equal(await alpha.balance(alphaAgent), before - avt('2') - FEE);
    const moved = (await parent.history(parentAgent)).filter((t) => t.transaction_id === [...ids][0]);
    assert.equal(moved.length, 1);
  });

  it('answers 503 with Retry-After while the parent is down (never a balance), and catches up after with the same keys', async () => {
    const before = await alpha.balance(alphaAgent);
    const key = `outage-${randomUUID()}`;
    let during: { balance: TestResponse; transfer: TestResponse } | undefined;
    await parentStack.restart(parentStack.processes[0]!.name, {
      stopped: async () => {
        during = {
          balance: await alpha.http('GET', '/api/v1/teg/balance', { token: alphaAgent.token }),
          transfer: await alpha.transfer(alphaAgent, parentAgent.did, '3', key),
        };
      },
    });
    for (const res of [during!.balance, during!.transfer]) {
      assert.equal(res.status, 503, res.text);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.ok(Number(res.headers.get('retry-after')) > 0, `Retry-After: ${res.headers.get('retry-after')}`);
      assert.equal(res.body.error.code, 'SERVICE_UNAVAILABLE');
      assert.equal(res.body.status, 503);
      assert.equal(res.body.balance, undefined);
    }

    // The link comes back (its circuit closes within seconds); the client retries with the same key.
    const retried = await waitFor(
      async () => {
        const res = await alpha.transfer(alphaAgent, parentAgent.did, '3', key);
        return res.status === 503 ? undefined : res;
      },
      { timeoutMs: 60_000, intervalMs: 500, what: 'the satellite to reach its parent again' },
    );
    assert.equal(retried.status, 200, retried.text);
    const again = await alpha.transfer(alphaAgent, parentAgent.did, '3', key);
    assert.equal(again.status, 200, again.text);
    assert.equal(again.body.transaction_id, retried.body.transaction_id);
    assert.equal(await alpha.balance(alphaAgent), before - avt('3') - FEE, 'moved once, not lost, not doubled');
  });

  it('a call the frozen parent takes only after the satellite gave up (503) still moves the money once', async () => {
    const before = await alpha.balance(alphaAgent);
    const key = `frozen-${randomUUID()}`;
    const parentProcess = parentStack.processes.at(-1)!.child;
    parentProcess.kill('SIGSTOP');
    let late: TestResponse;
    try {
      // The parent's kernel accepts the connection and keeps the request; the satellite times out.
      late = await alpha.transfer(alphaAgent, parentAgent.did, '4', key);
    } finally {
      parentProcess.kill('SIGCONT');
    }
    assert.equal(late.status, 503, late.text);
    assert.ok(Number(late.headers.get('retry-after')) > 0);

    // The parent now runs what it was sent (possibly more than one attempt); the client retries the same key.
    const retried = await waitFor(
      async () => {
        const res = await alpha.transfer(alphaAgent, parentAgent.did, '4', key);
        return res.status === 200 ? res : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500, what: 'the retried transfer to be answered' },
    );
    assert.equal(await alpha.balance(alphaAgent), before - avt('4') - FEE, 'one movement, whatever the parent received');
    assert.equal((await parent.history(parentAgent)).filter((t) => t.transaction_id === retried.body.transaction_id).length, 1);
  });

  it('the parent’s audit balances, and the satellite’s card shows the parent’s ledger head', async () => {
    const audit = await parent.http('GET', '/api/v1/admin/teg/audit', { token: await parent.admin() });
    assert.equal(audit.status, 200, audit.text);
    assert.equal(audit.body.consistent, true, JSON.stringify(audit.body));
    assert.equal(audit.body.negative_balances, 0);
    assert.equal(audit.body.unbalanced_transactions, 0);

    await waitFor(
      async () => {
        const [own, ofParent] = await Promise.all([alpha.http('GET', '/.well-known/registry-card.json'), parent.http('GET', '/.well-known/registry-card.json')]);
        const head = own.body?.commitments?.ledger_head;
        return head && head.hash && JSON.stringify(head) === JSON.stringify(ofParent.body?.commitments?.ledger_head);
      },
      { timeoutMs: 30_000, intervalMs: 500, what: 'the satellite card to carry the parent’s ledger head' },
    );
    const card = (await alpha.http('GET', '/.well-known/registry-card.json')).body;
    assert.equal(card.economic.event_store, 'parent');
    assert.equal(card.economic.mints, false);
  });
});
