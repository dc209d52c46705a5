import assert from 'node:assert/strict';
import { httpClient, TEST_ADMIN, uniqueSuffix, type HttpRequest } from '@agentvault/testing';

const PASSWORD = 'Federation-Passw0rd!';

/** One registry's users as the tests need them. */
export function registryActors(baseUrl: string) {
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
    const email = `fed-${uniqueSuffix()}@example.com`;
    assert.equal((await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Federation Dev' } })).status, 201);
    const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
    assert.equal(login.status, 200, login.text);
    return login.body.access_token;
  }
  async function agent(name: string, developerToken?: string) {
    const devToken = developerToken ?? (await developer());
    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: devToken, json: {} });
    const created = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name, description: `${name} answers questions` } } });
    assert.equal(created.status, 201, created.text);
    return created.body.agent_did as string;
  }
  return { http, admin, developer, agent, baseUrl };
}
