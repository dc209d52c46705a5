import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { ClientFactory } from '@a2a-js/sdk/client';
import { Role, type Message } from '@a2a-js/sdk';
import { createTestDatabase, httpClient, startStack, uniqueSuffix, type HttpRequest, type Stack, type TestDatabase } from '@agentvault/testing';

const PASSWORD = 'Corr3ct-Horse!';

function a2aCard(name: string, hri: string): Record<string, unknown> {
  return {
    name,
    description: 'Tide tables and coastal forecasts for harbour pilots',
    version: '1.0.0',
    humanReadableId: hri,
    supportedInterfaces: [{ url: 'https://tidewatch.example.com/a2a', protocolBinding: 'JSONRPC', protocolVersion: '1.0' }],
    capabilities: { streaming: false },
    defaultInputModes: ['text/plain'],
    defaultOutputModes: ['application/json'],
    skills: [{ id: 'tide-table', name: 'Tide table', description: 'High and low water for a port', tags: ['maritime'] }],
    tags: ['coastal'],
  };
}

/** An Ed25519 self-registration, signed as README describes (profile keys in JCS order). */
async function selfRegister(http: HttpRequest, profile: { capabilities: string[]; description: string; name: string; tags: string[] }) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  const timestamp = Date.now();
  const message = [
    'AgentVault self-registration v1',
    'key_type: ed25519',
    `public_key: ${publicHex}`,
    'chain_id: ',
    `timestamp: ${timestamp}`,
    `profile: ${createHash('sha256').update(JSON.stringify(profile)).digest('hex')}`,
  ].join('\n');
  const signature = sign(null, Buffer.from(message), privateKey).toString('hex');
  const res = await http('POST', '/api/v1/agents/register', { json: { key_type: 'ed25519', public_key: publicHex, timestamp, signature, profile } });
  assert.equal(res.status, 201, res.text);
  return { did: res.body.did as string, token: res.body.token as string };
}

const userMessage = (parts: Message['parts']): Message => ({
  messageId: `m-${uniqueSuffix()}`,
  contextId: '',
  taskId: '',
  role: Role.ROLE_USER,
  parts,
  metadata: undefined,
  extensions: [],
  referenceTaskIds: [],
});
const dataOf = (reply: unknown) => {
  const parts = (reply as Message).parts;
  const data = parts.find((p) => p.content?.$case === 'data');
  return data?.content?.$case === 'data' ? (data.content.value as Record<string, any>) : undefined;
};

describe('the registry as an A2A agent, and A2A discovery', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;
  let did: string;
  let cardId: string;
  let selfDid: string;
  let selfToken: string;
  const word = `tidewatch${uniqueSuffix().replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase()}`;
  const hri = `harbour/${word}`;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url });
    http = httpClient(stack.baseUrl);
    const email = `a2a-${uniqueSuffix()}@example.com`;
    assert.equal((await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'A2A Dev' } })).status, 201);
    const token = (await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } })).body.access_token as string;
    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token, json: {} });
    const created = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name: 'Onboarded' } } });
    assert.equal(created.status, 201, created.text);
    did = created.body.agent_did;
    const submitted = await http('POST', '/api/v1/agent-cards/', { token, json: { agent_did: did, card_data: a2aCard(`${word} pilot`, hri) } });
    assert.equal(submitted.status, 201, submitted.text);
    cardId = submitted.body.id;
    ({ did: selfDid, token: selfToken } = await selfRegister(http, { capabilities: ['tide-forecast'], description: `Self-registered ${word} helper`, name: `${word} self`, tags: ['coastal'] }));
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-4000));
  });

  it('serves its own A2A card with the search and lookup skills, at its own address', async () => {
    const res = await http('GET', '/.well-known/agent-card.json');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.skills.map((s: { id: string }) => s.id), ['search-agents', 'lookup-agent']);
    assert.equal(res.body.supportedInterfaces[0].url, `${stack.baseUrl}/api/v1/a2a`);
    assert.equal(res.body.supportedInterfaces[0].protocolBinding, 'JSONRPC');
    assert.ok(res.headers.get('etag'));
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
  });

  it('answers the official A2A client: search (text and data) and lookup, self-registered agents included', async () => {
    const client = await new ClientFactory().createFromUrl(stack.baseUrl);
    const searched = dataOf(await client.sendMessage({ message: userMessage([{ content: { $case: 'text', value: `search ${word}` }, metadata: undefined, filename: '', mediaType: 'text/plain' }]) } as never));
    assert.equal(searched?.intent, 'search');
    const dids = searched!.items.map((i: { did: string }) => i.did).sort();
    assert.deepEqual(dids, [did, selfDid].sort());
    const self = searched!.items.find((i: { did: string }) => i.did === selfDid);
    assert.equal(self.self_registered, true);

    const filtered = dataOf(
      await client.sendMessage({ message: userMessage([{ content: { $case: 'data', value: { intent: 'search', query: word, skill: ['tide-forecast'] } }, metadata: undefined, filename: '', mediaType: 'application/json' }]) } as never),
    );
    assert.deepEqual(filtered!.items.map((i: { did: string }) => i.did), [selfDid]);

    for (const ref of [did, hri, cardId]) {
      const found = dataOf(await client.sendMessage({ message: userMessage([{ content: { $case: 'data', value: { intent: 'lookup', did: ref } }, metadata: undefined, filename: '', mediaType: 'application/json' }]) } as never));
      assert.equal(found?.found, true, ref);
      assert.equal(found?.agent.did, did);
      assert.equal(found?.agent.card_data.humanReadableId, hri);
    }
    const missing = dataOf(await client.sendMessage({ message: userMessage([{ content: { $case: 'text', value: 'lookup did:agentvault:nobody' }, metadata: undefined, filename: '', mediaType: 'text/plain' }]) } as never));
    assert.equal(missing?.found, false);
    const bad = dataOf(await client.sendMessage({ message: userMessage([{ content: { $case: 'data', value: { intent: 'transfer' } }, metadata: undefined, filename: '', mediaType: 'application/json' }]) } as never));
    assert.equal(bad?.error.code, 'INVALID_REQUEST');
  });

  it('speaks A2A v0.3 JSON-RPC too (message/send without A2A-Version), and answers protocol errors as JSON-RPC errors', async () => {
    const legacy = await http('POST', '/api/v1/a2a', {
      json: { jsonrpc: '2.0', id: 1, method: 'message/send', params: { message: { kind: 'message', messageId: 'legacy-1', role: 'user', parts: [{ kind: 'data', data: { intent: 'lookup', human_readable_id: hri } }] } } },
    });
    assert.equal(legacy.status, 200, legacy.text);
    assert.equal(legacy.body.id, 1);
    const part = legacy.body.result.parts.find((p: { kind: string }) => p.kind === 'data');
    assert.equal(part.data.agent.did, did);

    const unknown = await http('POST', '/api/v1/a2a', { headers: { 'A2A-Version': '1.0' }, json: { jsonrpc: '2.0', id: 2, method: 'NoSuchMethod', params: {} } });
    assert.equal(unknown.body.error.code, -32601, unknown.text);
    const invalid = await http('POST', '/api/v1/a2a', { headers: { 'A2A-Version': '1.0' }, json: { jsonrpc: '2.0', id: 3, method: 'SendMessage', params: { message: 'not a message' } } });
    assert.ok(invalid.body.error, invalid.text);
    const notJson = await http('POST', '/api/v1/a2a', { raw: 'search tides', contentType: 'text/plain' });
    assert.equal(notJson.status, 415, notJson.text);
    assert.match(notJson.headers.get('content-type') ?? '', /problem\+json/);
    const version = await http('POST', '/api/v1/a2a', { headers: { 'A2A-Version': '9.9' }, json: { jsonrpc: '2.0', id: 4, method: 'SendMessage', params: {} } });
    assert.ok(version.body.error, version.text);
  });

  it('redirects A2A discovery to the agent card (by DID, human-readable id or card id), a self-registered agent to its profile', async () => {
    const expected = `${stack.baseUrl}/api/v1/agents/${encodeURIComponent(did)}/agent-card.json`;
    for (const ref of [did, encodeURIComponent(hri), cardId]) {
      const res = await fetch(`${stack.baseUrl}/.well-known/a2a/${ref.startsWith('did:') ? encodeURIComponent(ref) : ref}`, { redirect: 'manual' });
      assert.equal(res.status, 302, ref);
      assert.equal(res.headers.get('location'), expected);
    }
    const followed = await http('GET', `/.well-known/a2a/${encodeURIComponent(did)}`);
    assert.equal(followed.status, 200);
    assert.equal(followed.body.humanReadableId, hri);
    const self = await fetch(`${stack.baseUrl}/.well-known/a2a/${encodeURIComponent(selfDid)}`, { redirect: 'manual' });
    assert.equal(self.status, 302);
    assert.equal(self.headers.get('location'), `${stack.baseUrl}/api/v1/agents/${encodeURIComponent(selfDid)}`);
    const missing = await http('GET', '/.well-known/a2a/did:agentvault:nobody');
    assert.equal(missing.status, 404, missing.text);
    assert.match(missing.headers.get('content-type') ?? '', /problem\+json/);
  });

  it('lists self-registered agents in card search (no developer), and drops them when they deactivate', async () => {
    const res = await http('GET', `/api/v1/agent-cards/?search=${word}&skill=tide-forecast`);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.total, 1);
    assert.equal(res.body.items[0].agent_did, selfDid);
    assert.equal(res.body.items[0].developer_id, null);
    const changed = await http('PUT', `/api/v1/agents/${encodeURIComponent(selfDid)}`, { token: selfToken, json: { tags: ['estuary'] } });
    assert.equal(changed.status, 200, changed.text);
    assert.deepEqual((await http('GET', `/api/v1/agent-cards/?search=${word}&tags=estuary`)).body.items.map((i: { agent_did: string }) => i.agent_did), [selfDid]);
    assert.equal((await http('DELETE', `/api/v1/agents/${encodeURIComponent(selfDid)}`, { token: selfToken })).status, 200);
    assert.equal((await http('GET', `/api/v1/agent-cards/?search=${word}&skill=tide-forecast`)).body.total, 0);
    assert.equal((await http('GET', `/api/v1/agent-cards/?search=${word}&skill=tide-forecast&status=inactive`)).body.total, 1);
  });
});
