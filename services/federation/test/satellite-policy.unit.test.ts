import assert from 'node:assert/strict';
import { DomainError } from '@agentvault/errors';
import { planSatelliteCall, refusedOnSatellite, unprefixed } from '../src/domain/satellite-policy.js';
import { linkKeyOf } from '../src/domain/satellite-link.js';
import { mirroredEvents } from '../src/domain/satellite-mirror.js';

const context = { peerId: 7, linkKey: 'link-key-1' };
const forbidden = (fn: () => unknown, reason: RegExp) =>
  assert.throws(fn, (err: unknown) => err instanceof DomainError && err.kind === 'forbidden' && err.code === 'SATELLITE_FORBIDDEN' && reason.test(err.message));

describe('what a parent lets a satellite do on its ledger', () => {
  it('refuses minting, burning and the treasury, and any method it does not know', () => {
    forbidden(() => planSatelliteCall('IssueTokens', { amount: '1' }, context), /Minting/);
    forbidden(() => planSatelliteCall('BurnTokens', { amount: '1' }, context), /burn/);
    forbidden(() => planSatelliteCall('FundAgent', { agent_did: 'did:agentvault:a', amount: '1' }, context), /treasury/);
    forbidden(() => planSatelliteCall('TreasuryPayout', { agent_did: 'did:agentvault:a', amount: '1', reference: 'r' }, context), /treasury/);
    forbidden(() => planSatelliteCall('SetTransferFee', { transfer_fee_amount: '0' }, context), /fee/);
    forbidden(() => planSatelliteCall('toString', {}, context), /not open to satellites/);
  });

  it('lets the satellite refuse itself what its parent always refuses, and only that', () => {
    assert.match(refusedOnSatellite('IssueTokens')?.message ?? '', /Minting is disabled/);
    assert.equal(refusedOnSatellite('IssueTokens')?.code, 'SATELLITE_FORBIDDEN');
    assert.equal(refusedOnSatellite('Transfer'), undefined);
    assert.equal(refusedOnSatellite('GetBalance'), undefined);
  });

  it('names the agents that must be the satellite’s own', () => {
    assert.deepEqual(planSatelliteCall('GetBalance', { did: 'did:agentvault:a' }, context).ownAgents, ['did:agentvault:a']);
    assert.deepEqual(planSatelliteCall('SetAgentSuspended', { did: 'did:agentvault:b', suspended: true }, context).ownAgents, ['did:agentvault:b']);
    assert.deepEqual(planSatelliteCall('GetFeeConfig', {}, context).ownAgents, []);
  });

  it('prefixes the satellite’s idempotency scope, and makes the link key the claim of a movement without one', () => {
    const withKey = planSatelliteCall('Transfer', { sender_did: 's', receiver_did: 'r', amount: '1', idempotency: { scope: 'agent:s', key: 'k', request_hash: 'h' } }, context);
    assert.deepEqual(withKey.request.idempotency, { scope: 'sat7:agent:s', key: 'k', request_hash: 'h' });
    assert.deepEqual(withKey.ownAgents, ['s']);
    const bare = planSatelliteCall('Transfer', { sender_did: 's', receiver_did: 'r', amount: '1', idempotency: null }, context);
    const claim = bare.request.idempotency as { scope: string; key: string; request_hash: string };
    assert.equal(claim.scope, 'sat7:link');
    assert.equal(claim.key, 'link-key-1');
    assert.match(claim.request_hash, /^[0-9a-f]{64}$/);
    assert.throws(() => planSatelliteCall('Transfer', { sender_did: 's', receiver_did: 'r', amount: '1' }, { peerId: 7, linkKey: null }), /Idempotency-Key/);
  });

  it('keeps two satellites’ references apart and gives them back as they were', () => {
    const a = planSatelliteCall('LockFunds', { agent_did: 'x', amount: '1', reference: 'stake-1' }, { peerId: 1, linkKey: null });
    const b = planSatelliteCall('LockFunds', { agent_did: 'y', amount: '1', reference: 'stake-1' }, { peerId: 2, linkKey: null });
    assert.notEqual(a.request.reference, b.request.reference);
    assert.deepEqual(unprefixed({ hold: { reference: 'sat1:stake-1', amount: '1' } }, 'sat1:'), { hold: { reference: 'stake-1', amount: '1' } });
  });

  it('derives the link key from what names the movement, so a retried call reuses it', () => {
    const req = { sender_did: 's', idempotency: { scope: 'agent:s', key: 'k' } };
    assert.equal(linkKeyOf('Transfer', req), linkKeyOf('Transfer', { ...req }));
    assert.equal(linkKeyOf('LockFunds', { reference: 'stake-9' }), linkKeyOf('LockFunds', { reference: 'stake-9' }));
    assert.notEqual(linkKeyOf('Transfer', { sender_did: 's' }), linkKeyOf('Transfer', { sender_did: 's' }));
  });

  it('announces a forwarded transfer under an id named by its transaction, so a replayed answer announces nothing new', () => {
    const answer = { transaction: { transaction_id: 'tx_1', sender_agent_id: 's', receiver_agent_id: 'r', amount: '1.0', fee_amount: '0.001', message: '' }, replayed: false };
    const [first] = mirroredEvents('Transfer', {}, answer);
    const [again] = mirroredEvents('Transfer', {}, { ...answer, replayed: true });
    assert.equal(first!.type, 'transaction.completed');
    assert.match(first!.id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(first!.id, again!.id);
    assert.deepEqual(mirroredEvents('GetBalance', {}, { balance: '1' }), []);
  });
});
