import assert from 'node:assert/strict';
import { DomainError } from '@agentvault/errors';
import { combineTallies } from '../src/domain/federated-votes.js';
import { outcome } from '../src/domain/governance-service.js';
import type { PeerTally, Proposal } from '../src/domain/model.js';

const E = 10n ** 18n;
const ends = new Date('2030-01-01T00:00:00Z');
const proposal = (participants: string[]): Proposal => ({
  id: 'prp_1', proposerDid: 'did:agentvault:a', title: 't', description: '', type: 'text', parameters: {}, status: 'open', createdAt: new Date(0), votingEndsAt: ends,
  snapshotTotalPower: 100n * E, votesFor: 0n, votesAgainst: 0n, votesAbstain: 0n, totalVoters: 0, talliedAt: null, executionStatus: 'none', executionResult: null,
  executedAt: null, scope: 'federation', originRegistry: null, originProposalId: null, participants, federationResult: null,
});
const peer = (registry: string, f: number, a: number, snapshot: number): PeerTally => ({
  proposalId: 'prp_1', registry, votesFor: BigInt(f) * E, votesAgainst: BigInt(a) * E, votesAbstain: 0n, totalVoters: 1, snapshotTotalPower: BigInt(snapshot) * E, talliedAt: ends,
  signedTally: 'jws', kid: 'kid-' + registry, receivedAt: ends,
});
const home = { for: 10n * E, against: 40n * E, abstain: 0n, voters: 2 };

describe('federated votes: combining the registries’ tallies', () => {
  it('adds every participant’s tally and snapshot to the home one; the outcome is the federation’s', () => {
    const c = combineTallies(proposal(['https://b', 'https://c']), home, [peer('https://b', 50, 0, 60), peer('https://c', 5, 0, 40)], new Date(ends.getTime() + 1), 60_000);
    assert.equal(c.totals.for, 65n * E);
    assert.equal(c.totals.against, 40n * E);
    assert.equal(c.totals.snapshotTotal, 200n * E);
    assert.equal(c.totals.voters, 4);
    assert.deepEqual(c.result.missing, []);
    assert.deepEqual(c.result.parts.map((p) => p.registry), ['local', 'https://b', 'https://c']);
    // Home alone would have rejected it; the federation passes it.
    assert.equal(outcome(home, 100n * E, { quorumBps: 1000n, passThresholdBps: 5000n }), 'rejected');
    assert.equal(outcome(c.totals, c.totals.snapshotTotal, { quorumBps: 1000n, passThresholdBps: 5000n }), 'passed');
  });

  it('waits for a missing participant until the window closes, then counts it as nothing', () => {
    const p = proposal(['https://b', 'https://c']);
    assert.throws(() => combineTallies(p, home, [peer('https://b', 50, 0, 60)], new Date(ends.getTime() + 1000), 60_000), (err: unknown) => err instanceof DomainError && err.code === 'TALLIES_PENDING');
    const late = combineTallies(p, home, [peer('https://b', 50, 0, 60)], new Date(ends.getTime() + 60_000), 60_000);
    assert.deepEqual(late.result.missing, ['https://c']);
    assert.equal(late.totals.snapshotTotal, 160n * E);
  });

  it('ignores a tally of a registry that does not take part', () => {
    const c = combineTallies(proposal(['https://b']), home, [peer('https://b', 1, 0, 10), peer('https://x', 1000, 0, 1000)], new Date(ends.getTime() + 1), 0);
    assert.equal(c.totals.for, 11n * E);
  });
});
