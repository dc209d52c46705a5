import assert from 'node:assert/strict';
import { DomainError } from '@agentvault/errors';
import { SatelliteParentService } from '../src/domain/satellite-parent.js';
import type { PeerService } from '../src/domain/peer-service.js';
import type { Peer } from '../src/domain/ports.js';
import type { SatelliteAgents } from '../src/domain/satellite-ports.js';

const OWN = 'https://parent.example';

function peerWith(id: number, identity: Record<string, unknown>): Peer {
  return { id, name: `peer-${id}`, baseUrl: `https://peer-${id}.example`, status: 'ACTIVE', card: { identity } } as unknown as Peer;
}

/** The parent's end with a signed caller already checked, agents and a ledger in memory. */
function parentWith(caller: Peer, origins: Record<string, number> = {}) {
  const calls: Array<{ method: string; request: Record<string, unknown> }> = [];
  const peers = {
    authenticate: async () => ({ caller: { baseUrl: caller.baseUrl, kid: 'k' }, peer: caller }),
    signResponse: async (status: number, body: string) => ({ status, headers: {}, body }),
  } as unknown as PeerService;
  const agents: SatelliteAgents = {
    originOf: async (did) => origins[did] ?? null,
    claim: async (did, peerId) => {
      origins[did] ??= peerId;
      return origins[did] === peerId;
    },
  };
  const ledger = {
    call: async (method: string, request: Record<string, unknown>) => {
      calls.push({ method, request });
      if (method === 'GetBalances') return { items: [] };
      if (method === 'GetHold') return { payer_agent_id: 'did:agentvault:mine', reference: request.reference };
      return { ok: true, reference: request.reference };
    },
  };
  const service = new SatelliteParentService(peers, agents, ledger, () => OWN);
  const send = async (method: string, request: Record<string, unknown>, idempotency_key = 'k1') =>
    JSON.parse((await service.call({ method: 'POST', url: `${OWN}/x`, headers: {}, body: JSON.stringify({ method, request, idempotency_key }) })).body) as Record<string, unknown>;
  return { send, calls, origins };
}

const refused = (reason: RegExp) => (err: unknown) => err instanceof DomainError && err.kind === 'forbidden' && reason.test(err.message);

describe('the parent’s end of the satellite link', () => {
  const satellite = peerWith(3, { role: 'satellite', parent_registry_url: `${OWN}/` });

  it('takes calls only from its own satellites', async () => {
    await assert.rejects(parentWith(peerWith(4, { role: 'mainframe' })).send('GetFeeConfig', {}), refused(/not a satellite of this registry/));
    await assert.rejects(parentWith(peerWith(5, { role: 'satellite', parent_registry_url: 'https://elsewhere.example' })).send('GetFeeConfig', {}), refused(/not a satellite/));
    assert.deepEqual(await parentWith(satellite).send('GetFeeConfig', {}), { ok: true });
  });

  it('records the agents a satellite onboards, and lets it move only theirs', async () => {
    const { send, calls, origins } = parentWith(satellite, { 'did:agentvault:other': 9 });
    await send('OpenAgentAccount', { did: 'did:agentvault:mine', developer_id: 'dev-1' });
    assert.equal(origins['did:agentvault:mine'], 3);
    assert.equal(calls.at(-1)!.request.developer_id, 'sat3:dev-1', 'the account is the satellite developer’s, not a parent developer’s with the same id');
    await assert.rejects(send('OpenAgentAccount', { did: 'did:agentvault:other', developer_id: 'dev-2' }), refused(/another satellite/));

    await send('Transfer', { sender_did: 'did:agentvault:mine', receiver_did: 'did:agentvault:other', amount: '1', idempotency: null });
    assert.deepEqual((calls.at(-1)!.request.idempotency as { scope: string }).scope, 'sat3:link');
    await assert.rejects(send('Transfer', { sender_did: 'did:agentvault:other', receiver_did: 'did:agentvault:mine', amount: '1' }), refused(/another satellite/));
    await assert.rejects(send('SetAgentSuspended', { did: 'did:agentvault:parents-own', suspended: true }), refused(/not onboarded through satellite peer-3/));
  });

  it('prefixes a satellite’s references on the way in and strips them on the way out', async () => {
    const { send, calls } = parentWith(satellite, { 'did:agentvault:mine': 3 });
    const answer = await send('LockFunds', { agent_did: 'did:agentvault:mine', amount: '1', reference: 'stake-1' });
    assert.equal(calls.at(-1)!.request.reference, 'sat3:stake-1');
    assert.equal(answer.reference, 'stake-1');
    await send('VoidHold', { hold_id: 'h1', reason: 'released' });
    assert.deepEqual(calls.map((c) => c.method).slice(-2), ['GetHold', 'VoidHold']);
  });

  it('cuts batch reads down to the satellite’s own agents', async () => {
    const { send, calls } = parentWith(satellite, { 'did:agentvault:mine': 3, 'did:agentvault:other': 9 });
    await send('GetBalances', { dids: ['did:agentvault:mine', 'did:agentvault:other', 'did:agentvault:unknown'] });
    assert.deepEqual(calls.at(-1)!.request.dids, ['did:agentvault:mine']);
  });
});
