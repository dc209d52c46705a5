import assert from 'node:assert/strict';
import { httpClient, TEST_ADMIN, uniqueSuffix, waitFor, type HttpRequest } from '@agentvault/testing';

const PASSWORD = 'Bridge-Passw0rd!';

export interface BridgeAgent {
  did: string;
  token: string;
}

/** One frame's users as the bridge tests need them: its admin, funded agents, balances and reports. */
export function frame(baseUrl: string) {
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
  async function agent(name: string): Promise<BridgeAgent> {
    const email = `bridge-${uniqueSuffix()}@example.com`;
    assert.equal((await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Bridge Dev' } })).status, 201);
    const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: login.body.access_token, json: {} });
    const created = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name } } });
    assert.equal(created.status, 201, created.text);
    const token = await http('POST', '/api/v1/auth/agent/token', { form: { client_id: created.body.client_id, client_secret: created.body.client_secret } });
    assert.equal(token.status, 200, token.text);
    return { did: created.body.agent_did, token: token.body.access_token };
  }
  async function fund(did: string, amount: string) {
    const res = await http('POST', '/api/v1/teg/treasury/fund-agent', { token: await admin(), json: { agent_did: did, amount, reason: 'bridge test' } });
    assert.equal(res.status, 200, res.text);
  }
  async function balance(a: BridgeAgent): Promise<string> {
    const res = await http('GET', '/api/v1/teg/balance', { token: a.token });
    assert.equal(res.status, 200, res.text);
    return res.body.balance;
  }
  async function wrapped(a: BridgeAgent, origin: string): Promise<string> {
    const res = await http('GET', '/api/v1/bridge/wrapped-balances', { token: a.token });
    assert.equal(res.status, 200, res.text);
    return res.body.items.find((i: { origin: string }) => i.origin === origin)?.balance ?? '0.000000000000000000';
  }
  async function conservation() {
    const res = await http('GET', '/api/v1/admin/bridge/conservation', { token: await admin() });
    assert.equal(res.status, 200, res.text);
    return res.body;
  }
  async function audit() {
    const res = await http('GET', '/api/v1/admin/teg/audit', { token: await admin() });
    assert.equal(res.status, 200, res.text);
    return res.body;
  }
  async function transfers(a: BridgeAgent) {
    const res = await http('GET', '/api/v1/teg/cross-registry-transfers?limit=100', { token: a.token });
    assert.equal(res.status, 200, res.text);
    return res.body as { items: Array<{ transfer_id: string; status: string; state: string; amount: string; failure_reason: string | null }>; total: number };
  }
  /** Polls a transfer until its saga has ended (the registry may still be coming back: errors are retried). */
  async function settled(a: BridgeAgent, transferId: string, timeoutMs = 60_000) {
    return waitFor(
      async () => {
        const res = await http('GET', `/api/v1/teg/cross-registry-transfer/${transferId}`, { token: a.token }).catch(() => null);
        return res?.status === 200 && res.body.status !== 'pending' ? res.body : undefined;
      },
      { timeoutMs, intervalMs: 200, what: `transfer ${transferId} to end` },
    );
  }
  return { http, admin, agent, fund, balance, wrapped, conservation, audit, transfers, settled, baseUrl };
}

export type Frame = ReturnType<typeof frame>;

/** Each frame registers the other as a peer and its admin approves it. */
export async function peerFrames(a: Frame, b: Frame, names: { a: string; b: string }) {
  for (const [from, to, name] of [
    [a, b, names.b],
    [b, a, names.a],
  ] as const) {
    const reg = await from.http('POST', '/api/v1/federation/peers/', { token: await from.admin(), json: { name, base_url: to.baseUrl, admin_contact_email: 'ops@frames.test', discovery_auth_info: {} } });
    assert.equal(reg.status, 201, reg.text);
    const approved = await from.http('POST', `/api/v1/admin/federation/peers/${reg.body.id}/approve`, { token: await from.admin() });
    assert.equal(approved.status, 200, approved.text);
  }
}

/** Both sides' conservation reports agree, pair by pair, in both directions. */
export async function assertConserved(a: Frame, b: Frame) {
  for (const [side, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const report = await side.conservation();
    const pair = report.pairs.find((p: { base_url: string }) => p.base_url === other.baseUrl);
    assert.ok(pair, JSON.stringify(report));
    assert.equal(pair.reachable, true, JSON.stringify(pair));
    assert.equal(pair.in_flight_here, 0, JSON.stringify(pair));
    assert.equal(pair.outbound.agrees, true, JSON.stringify(pair));
    assert.equal(pair.inbound.agrees, true, JSON.stringify(pair));
    assert.equal(report.agrees, true, JSON.stringify(report));
    const audit = await side.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
  }
}

/** decimal string → bigint of 10^-18 units, for exact arithmetic in assertions. */
export const units = (amount: string) => {
  const [whole = '0', frac = ''] = amount.split('.');
  return BigInt(whole) * 10n ** 18n + BigInt(frac.padEnd(18, '0').slice(0, 18));
};
