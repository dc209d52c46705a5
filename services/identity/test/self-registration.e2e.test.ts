import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import { ed25519 } from '@noble/curves/ed25519';
import { bytesToHex } from '@noble/hashes/utils';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { createTestDatabase, httpClient, startStack, type HttpRequest, type Stack, type TestDatabase } from '@agentvault/testing';

const canonicalize = canonicalizeModule as unknown as (input: unknown) => string;
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

/** The registration message, written out here as README documents it (not imported from the service). */
function registrationMessage(body: { key_type: string; public_key: string; chain_id?: string | null; timestamp: number; profile: unknown }) {
  return [
    'AgentVault self-registration v1',
    `key_type: ${body.key_type}`,
    `public_key: ${body.public_key}`,
    `chain_id: ${body.chain_id ?? ''}`,
    `timestamp: ${body.timestamp}`,
    `profile: ${sha256(canonicalize(body.profile))}`,
  ].join('\n');
}

function requestMessage(did: string, method: string, path: string, body: string, timestamp: number) {
  return ['AgentVault signed request v1', `did: ${did}`, `method: ${method}`, `path: ${path}`, `body: ${sha256(body)}`, `timestamp: ${timestamp}`].join('\n');
}

interface Signer {
  keyType: 'ed25519' | 'secp256k1';
  publicKey: string;
  chainId?: string;
  sign(message: string): Promise<string>;
}

function ed25519Signer(): Signer {
  const secret = ed25519.utils.randomPrivateKey();
  return {
    keyType: 'ed25519',
    publicKey: bytesToHex(ed25519.getPublicKey(secret)),
    sign: async (message) => bytesToHex(ed25519.sign(new TextEncoder().encode(message), secret)),
  };
}

function secp256k1Signer(chainId = 'eip155:8453') {
  const account = privateKeyToAccount(generatePrivateKey());
  return {
    keyType: 'secp256k1' as const,
    publicKey: account.publicKey,
    chainId,
    address: account.address,
    sign: (message: string) => account.signMessage({ message }),
  };
}

describe('signed self-registration end to end', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url, env: { REGISTRY_DID_HOST: 'registry.example.com' } });
    http = httpClient(stack.baseUrl);
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-4000));
  });

  async function registration(signer: Signer, overrides: { timestamp?: number; profile?: Record<string, unknown> } = {}) {
    const body: Record<string, unknown> & { timestamp: number; profile: unknown } = {
      key_type: signer.keyType,
      public_key: signer.publicKey,
      ...(signer.chainId ? { chain_id: signer.chainId } : {}),
      timestamp: overrides.timestamp ?? Date.now(),
      profile: overrides.profile ?? { name: 'Lighthouse', description: 'Watches the coast', capabilities: ['forecast'], tags: ['maritime'] },
    };
    body.signature = await signer.sign(registrationMessage(body as Parameters<typeof registrationMessage>[0]));
    return body;
  }

  function assertProblem(res: { status: number; headers: Headers; body: any; text: string }, status: number) {
    assert.equal(res.status, status, res.text);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(res.body.status, status);
  }

  async function signedHeaders(signer: Signer, did: string, method: string, path: string, body = '', timestamp = Date.now()) {
    const signature = await signer.sign(requestMessage(did, method, path, body, timestamp));
    return { 'X-Agent-DID': did, 'X-Agent-Timestamp': String(timestamp), 'X-Agent-Signature': signature };
  }

  it('registers an Ed25519 agent as did:web, with a token that works, once per key', async () => {
    const signer = ed25519Signer();
    const body = await registration(signer);
    const res = await http('POST', '/api/v1/agents/register', { json: body });
    assert.equal(res.status, 201, res.text);
    assert.match(res.body.did, /^did:web:registry\.example\.com:agent:[0-9a-f]{24}$/);
    assert.equal(res.body.agent.key_type, 'ed25519');
    assert.equal(res.body.agent.public_key, signer.publicKey);
    assert.equal(res.body.agent.status, 'active');
    assert.deepEqual(res.body.agent.tags, ['maritime']);

    const profile = await http('GET', `/api/v1/agents/${encodeURIComponent(res.body.did)}`);
    assert.equal(profile.status, 200, profile.text);
    assert.equal(profile.body.name, 'Lighthouse');

    // The same message again: replayed (401), before the key is even looked at.
    assertProblem(await http('POST', '/api/v1/agents/register', { json: body }), 401);
    // A new message with the same key: the key is taken (409).
    assertProblem(await http('POST', '/api/v1/agents/register', { json: await registration(signer) }), 409);

    // The token speaks for the agent.
    const updated = await http('PUT', `/api/v1/agents/${encodeURIComponent(res.body.did)}`, { token: res.body.token, json: { description: 'Watches the whole coast', avatar: null } });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.body.description, 'Watches the whole coast');
    assert.equal(updated.body.name, 'Lighthouse');

    // No payment address for did:web.
    assertProblem(await http('GET', `/api/v1/agents/${encodeURIComponent(res.body.did)}/payment-address`), 404);
  });

  it('registers a secp256k1 agent as did:pkh (EIP-191) and derives its payment address', async () => {
    const signer = secp256k1Signer();
    const res = await http('POST', '/api/v1/agents/register', { json: await registration(signer) });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.did, `did:pkh:eip155:8453:${signer.address}`);
    assert.equal(res.body.agent.address, signer.address);

    // Lower-case spelling of the address finds the same agent.
    const lower = `did:pkh:eip155:8453:${signer.address.toLowerCase()}`;
    const pay = await http('GET', `/api/v1/agents/${encodeURIComponent(lower)}/payment-address`);
    assert.equal(pay.status, 200, pay.text);
    assert.deepEqual({ address: pay.body.address, chain_id: pay.body.chain_id, source: pay.body.source }, { address: signer.address, chain_id: 'eip155:8453', source: 'did:pkh' });

    // The same key in its uncompressed form is still the same key.
    assertProblem(await http('POST', '/api/v1/agents/register', { json: await registration(signer) }), 409);
  });

  it('refuses forged, tampered and stale registrations', async () => {
    const signer = ed25519Signer();
    const forger = ed25519Signer();
    // Signed by another key.
    const forged = { ...(await registration(signer)), signature: await forger.sign('anything') };
    assertProblem(await http('POST', '/api/v1/agents/register', { json: forged }), 400);
    // A profile changed after signing.
    const tampered = await registration(signer);
    assertProblem(await http('POST', '/api/v1/agents/register', { json: { ...tampered, profile: { name: 'Impostor' } } }), 400);
    // Garbage signature; secp256k1 signed for another address.
    assertProblem(await http('POST', '/api/v1/agents/register', { json: { ...tampered, signature: 'zz' } }), 400);
    const wallet = secp256k1Signer();
    const other = secp256k1Signer();
    const wrongWallet = { ...(await registration(wallet)), signature: await other.sign('x') };
    assertProblem(await http('POST', '/api/v1/agents/register', { json: wrongWallet }), 400);
    // secp256k1 needs a chain.
    const noChain = await registration({ ...wallet, chainId: undefined });
    assertProblem(await http('POST', '/api/v1/agents/register', { json: noChain }), 400);
    // Validly signed but six minutes old, or six minutes ahead.
    assertProblem(await http('POST', '/api/v1/agents/register', { json: await registration(signer, { timestamp: Date.now() - 6 * 60_000 }) }), 401);
    assertProblem(await http('POST', '/api/v1/agents/register', { json: await registration(signer, { timestamp: Date.now() + 6 * 60_000 }) }), 401);
    // None of those registered the key.
    assert.equal((await http('POST', '/api/v1/agents/register', { json: await registration(signer) })).status, 201);
  });

  it('authenticates signed requests, refusing forged, replayed and stale ones', async () => {
    for (const signer of [ed25519Signer(), secp256k1Signer()] as Signer[]) {
      const { body: reg } = await http('POST', '/api/v1/agents/register', { json: await registration(signer) });
      const did = reg.did as string;
      const path = `/api/v1/agents/${encodeURIComponent(did)}`;
      const json = JSON.stringify({ tags: ['signed'] });

      const headers = await signedHeaders(signer, did, 'PUT', path, json);
      const ok = await http('PUT', path, { raw: json, contentType: 'application/json', headers });
      assert.equal(ok.status, 200, ok.text);
      assert.deepEqual(ok.body.tags, ['signed']);
      // The very same request again.
      assertProblem(await http('PUT', path, { raw: json, contentType: 'application/json', headers }), 401);
      // A body other than the one signed.
      const other = await signedHeaders(signer, did, 'PUT', path, json);
      assertProblem(await http('PUT', path, { raw: JSON.stringify({ tags: ['evil'] }), contentType: 'application/json', headers: other }), 401);
      // Signed by another key, or too long ago.
      const forged = await signedHeaders(ed25519Signer(), did, 'PUT', path, json);
      assertProblem(await http('PUT', path, { raw: json, contentType: 'application/json', headers: forged }), 401);
      const stale = await signedHeaders(signer, did, 'PUT', path, json, Date.now() - 6 * 60_000);
      assertProblem(await http('PUT', path, { raw: json, contentType: 'application/json', headers: stale }), 401);
      // Another agent's profile: authenticated, not allowed.
      const victim = (await http('POST', '/api/v1/agents/register', { json: await registration(ed25519Signer()) })).body.did as string;
      const victimPath = `/api/v1/agents/${encodeURIComponent(victim)}`;
      assertProblem(await http('PUT', victimPath, { raw: json, contentType: 'application/json', headers: await signedHeaders(signer, did, 'PUT', victimPath, json) }), 403);
      // A route that does not take the tier refuses the headers.
      assertProblem(await http('GET', '/api/v1/agents/me', { headers: await signedHeaders(signer, did, 'GET', '/api/v1/agents/me') }), 401);

      // Deactivation, signed with no body; then the agent can neither sign nor change anything.
      const gone = await http('DELETE', path, { headers: await signedHeaders(signer, did, 'DELETE', path) });
      assert.equal(gone.status, 200, gone.text);
      assert.equal(gone.body.status, 'inactive');
      assert.equal((await http('GET', path)).body.status, 'inactive');
      assertProblem(await http('PUT', path, { raw: json, contentType: 'application/json', headers: await signedHeaders(signer, did, 'PUT', path, json) }), 401);
      assertProblem(await http('DELETE', path, { token: reg.token }), 404);
    }
  });

  it('answers unknown DIDs with 404 and bad profiles with 422', async () => {
    assertProblem(await http('GET', `/api/v1/agents/${encodeURIComponent('did:web:nowhere:agent:x')}`), 404);
    assertProblem(await http('GET', `/api/v1/agents/${encodeURIComponent('did:pkh:eip155:1:0x0000000000000000000000000000000000000000')}/payment-address`), 404);
    const body = await registration(ed25519Signer());
    assertProblem(await http('POST', '/api/v1/agents/register', { json: { ...body, profile: { name: 'x', unknown: true } } }), 422);
    assertProblem(await http('POST', '/api/v1/agents/register', { json: { ...body, key_type: 'rsa' } }), 422);
  });

  it('lists the self-registration events in the webhook catalogue', async () => {
    const res = await http('GET', '/api/v1/webhooks/events?limit=100');
    assert.equal(res.status, 200, res.text);
    const names = res.body.items.map((e: { name: string }) => e.name);
    for (const name of ['self_agent.registered', 'self_agent.profile_updated', 'self_agent.deactivated']) assert.ok(names.includes(name), name);
  });
});
