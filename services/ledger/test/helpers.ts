import assert from 'node:assert/strict';
import { httpClient, TEST_ADMIN, uniqueSuffix, type HttpRequest } from '@agentvault/testing';

export const PASSWORD = 'Ledger-Passw0rd!';

export interface TestAgent {
  did: string;
  token: string;
  developerToken: string;
}

/** A registry's users as the tests need them: an admin, developers and their agents. */
export function actors(baseUrl: string) {
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

  async function developer(): Promise<string> {
    const email = `ledger-${uniqueSuffix()}@example.com`;
    const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Ledger Dev' } });
    assert.equal(reg.status, 201, reg.text);
    const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
    assert.equal(login.status, 200, login.text);
    return login.body.access_token;
  }

  async function agent(developerToken?: string): Promise<TestAgent> {
    const devToken = developerToken ?? (await developer());
    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: devToken, json: {} });
    const created = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name: 'Ledger agent' } } });
    assert.equal(created.status, 201, created.text);
    const token = await http('POST', '/api/v1/auth/agent/token', { form: { client_id: created.body.client_id, client_secret: created.body.client_secret } });
    assert.equal(token.status, 200, token.text);
    return { did: created.body.agent_did, token: token.body.access_token, developerToken: devToken };
  }

  async function fund(did: string, amount: string) {
    const res = await http('POST', '/api/v1/teg/treasury/fund-agent', { token: await admin(), json: { agent_did: did, amount, reason: 'test funding' } });
    assert.equal(res.status, 200, res.text);
    return res.body;
  }

  async function balance(agentToken: string): Promise<string> {
    const res = await http('GET', '/api/v1/teg/balance', { token: agentToken });
    assert.equal(res.status, 200, res.text);
    return res.body.balance;
  }

  async function audit() {
    const res = await http('GET', '/api/v1/admin/teg/audit', { token: await admin() });
    assert.equal(res.status, 200, res.text);
    return res.body;
  }

  const transfer = (from: TestAgent, to: TestAgent, amount: unknown, headers: Record<string, string> = {}, message?: string) =>
    http('POST', '/api/v1/teg/transfer', { token: from.token, headers, json: { receiver_agent_id: to.did, amount, message } });

  return { http, admin, developer, agent, fund, balance, audit, transfer };
}

export function assertProblem(res: { status: number; headers: Headers; body: any; text: string }, status: number, detail?: RegExp) {
  assert.equal(res.status, status, res.text);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(res.body.status, status);
  assert.equal(res.body.error.detail, res.body.detail);
  if (detail) assert.match(res.body.detail, detail);
}
