import assert from 'node:assert/strict';
import { DomainError } from '@agentvault/errors';
import { ParentLedgerLink } from '../src/domain/satellite-link.js';
import { PeerUnavailable } from '../src/domain/peer-service.js';
import type { PeerTransport } from '../src/domain/ports.js';
import { signRegistryResponse } from '../src/domain/request-signature.js';
import { generateSigningKey, publicJwk, type RegistrySigningKey } from '../src/domain/signing-keys.js';

const PARENT = 'https://parent.example';
let parentKey: RegistrySigningKey;
let forger: RegistrySigningKey;

type Answer = { status: number; body: unknown; signedBy?: RegistrySigningKey } | PeerUnavailable;

/** A transport that answers from a script and remembers what it was sent. */
function scripted(answers: Answer[], publicAnswers: Answer[] = []) {
  const sent: Array<{ url: string; body: { method: string; request: unknown; idempotency_key: string } }> = [];
  const transport: PeerTransport = {
    async getJson<T>() {
      const next = publicAnswers.shift();
      if (!next || next instanceof PeerUnavailable) throw next ?? new PeerUnavailable('unavailable', 'down');
      return { status: next.status, etag: null, body: next.body as T };
    },
    async signedRequest<T>(_peer: string, request: { url: string; body?: unknown }) {
      sent.push({ url: request.url, body: request.body as (typeof sent)[number]['body'] });
      const next = answers.shift();
      if (!next || next instanceof PeerUnavailable) throw next ?? new PeerUnavailable('unavailable', 'down');
      const raw = JSON.stringify(next.body);
      const key = next.signedBy ?? (next.status === 200 ? parentKey : undefined);
      const headers = key ? (await signRegistryResponse({ status: next.status, headers: {}, body: raw }, key, PARENT)).headers : {};
      return { status: next.status, body: next.body as T, rawBody: raw, headers };
    },
  };
  return { transport, sent };
}

const options = {
  parentUrl: `${PARENT}/`,
  attemptTimeoutMs: 100,
  attempts: 3,
  retryAfterSeconds: 7,
  sleep: async () => {},
  parentJwks: async () => ({ keys: [publicJwk(parentKey)] }),
};

describe('the satellite’s link to its parent’s ledger', () => {
  before(async () => {
    [parentKey, forger] = await Promise.all([generateSigningKey(), generateSigningKey()]);
  });

  it('tries again with the same idempotency key until the parent answers', async () => {
    const { transport, sent } = scripted([new PeerUnavailable('timeout', 'slow'), { status: 200, body: { balance: '1.0' } }]);
    const link = new ParentLedgerLink(transport, options);
    assert.deepEqual(await link.call('GetBalance', { did: 'did:agentvault:a' }), { balance: '1.0' });
    assert.equal(sent.length, 2);
    assert.equal(sent[0]!.url, 'https://parent.example/api/v1/internal/federation/satellite/ledger');
    assert.equal(sent[0]!.body.idempotency_key, sent[1]!.body.idempotency_key);
  });

  it('takes no answer the parent did not sign: a forged balance is a 503, never shown', async () => {
    const forged = scripted([{ status: 200, body: { balance: '1000000.0' }, signedBy: forger }]);
    await assert.rejects(new ParentLedgerLink(forged.transport, options).call('GetBalance', { did: 'did:agentvault:a' }), (err: unknown) =>
      err instanceof DomainError && err.kind === 'service_unavailable' && /signature/.test(err.message));
  });

  it('answers 503 with a retry time once every attempt failed, and fails fast on an open circuit', async () => {
    const { transport, sent } = scripted([]);
    await assert.rejects(new ParentLedgerLink(transport, options).call('Transfer', {}), (err: unknown) => {
      assert.ok(err instanceof DomainError);
      assert.equal(err.kind, 'service_unavailable');
      assert.equal(err.code, 'SERVICE_UNAVAILABLE');
      assert.equal(err.context?.retry_after, 7);
      return true;
    });
    assert.equal(sent.length, 3);
    const open = scripted([new PeerUnavailable('circuit_open', 'open')]);
    await assert.rejects(new ParentLedgerLink(open.transport, options).call('Transfer', {}), /cannot be reached/);
    assert.equal(open.sent.length, 1);
  });

  it('passes the parent’s refusal on as it is, but its doubts about our signature as a 503', async () => {
    const forbidden = { status: 403, body: { error: { detail: 'minting is disabled on a satellite', type: 'forbidden', code: 'SATELLITE_FORBIDDEN' } } };
    await assert.rejects(new ParentLedgerLink(scripted([forbidden]).transport, options).call('IssueTokens', {}), (err: unknown) =>
      err instanceof DomainError && err.kind === 'forbidden' && err.code === 'SATELLITE_FORBIDDEN' && /minting/.test(err.message));
    const unsigned = { status: 401, body: { error: { detail: 'not a known peer', type: 'unauthorized' } } };
    await assert.rejects(new ParentLedgerLink(scripted([unsigned]).transport, options).call('GetBalance', {}), (err: unknown) => err instanceof DomainError && err.kind === 'service_unavailable');
  });

  it('keeps the parent’s public facts briefly and serves the last copy while the parent is away', async () => {
    let now = 0;
    const fee = { status: 200, body: { fee_active: true, transfer_fee_amount: '0.001000000000000000', fee_collection_address: 'fees' } };
    const { transport } = scripted([], [fee, new PeerUnavailable('unavailable', 'down')]);
    const link = new ParentLedgerLink(transport, { ...options, now: () => now });
    assert.equal((await link.feeConfig()).transfer_fee_amount, '0.001000000000000000');
    now = 60_000;
    assert.equal((await link.feeConfig()).transfer_fee_amount, '0.001000000000000000');
    await assert.rejects(new ParentLedgerLink(scripted([], []).transport, options).chainHead(), /cannot be reached/);
  });
});
