import assert from 'node:assert/strict';
import { createTestDatabase, startStack, uniqueSuffix, type Stack, type TestDatabase } from '@agentvault/testing';
import { AgentVaultClient, AgentVaultError } from '../src/index.js';

describe('sdk: the first five minutes', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let stack: Stack;
  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url });
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });

  it('registers, logs in, onboards an agent and authenticates as it', async () => {
    const anonymous = new AgentVaultClient(stack.baseUrl);
    const email = `sdk-${uniqueSuffix()}@example.com`;
    await anonymous.registerDeveloper({ email, password: 'Sdk-Passw0rd!', name: 'SDK' });
    const { access_token } = await anonymous.login(email, 'Sdk-Passw0rd!');
    const developer = anonymous.as(access_token);
    const { plain_api_key } = await developer.createApiKey('script');
    const agent = await anonymous.as(plain_api_key).onboardAgent({ name: 'SDK Agent', description: 'made by the SDK' });
    const agentToken = await anonymous.agentToken(agent.client_id, agent.client_secret);
    const me = await anonymous.as(agentToken.access_token).agentMe();
    assert.equal(me.did, agent.agent_did);
    const page = await developer.myAgents();
    assert.equal(page.total, 1);
  });

  it('raises the server’s problem details', async () => {
    const client = new AgentVaultClient(stack.baseUrl);
    await assert.rejects(client.agentByDid('did:agentvault:missing'), (err: unknown) => {
      assert.ok(err instanceof AgentVaultError);
      assert.equal(err.status, 404);
      assert.equal(err.problem?.error.type, 'not_found');
      return true;
    });
  });
});
