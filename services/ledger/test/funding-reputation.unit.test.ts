import assert from 'node:assert/strict';
import { DomainError } from '@agentvault/errors';
import {
  assertPending, fundingEmitKeys, newFundingRequestId, parseFundingReason, parseFundingStatus, MAX_FUNDING_REASON_LENGTH,
} from '../src/domain/funding.js';
import { assertMaySignal, noReputation, parseSignalValue, reputationEmitKey, reputationTier, REPUTATION_TIERS } from '../src/domain/reputation.js';
import type { FundingRequest, LedgerTransaction } from '../src/domain/model.js';

function expectDomainError(fn: () => unknown, kind: DomainError['kind'], detail?: RegExp, code?: string): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof DomainError, `expected a DomainError(${kind}), got ${caught === undefined ? 'no error' : String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  if (detail) assert.match(caught.message, detail);
  if (code) assert.equal(caught.code, code);
  return caught;
}

const SENDER = 'did:agentvault:sender';
const RECEIVER = 'did:agentvault:receiver';

function transfer(overrides: Partial<LedgerTransaction> = {}): LedgerTransaction {
  return {
    id: 'tx_1', type: 'transfer', senderId: SENDER, receiverId: RECEIVER, amount: 10n, fee: 1n, status: 'completed',
    message: null, balanceAfter: 0n, createdAt: new Date(), reputationSignal: null, ...overrides,
  };
}

function fundingRequest(status: FundingRequest['status']): FundingRequest {
  return {
    id: 'fr_1', agentDid: SENDER, amount: 5n, reason: 'compute', status, createdAt: new Date(),
    decidedAt: status === 'pending' ? null : new Date(), decidedBy: null, decisionReason: null, transactionId: null,
  };
}

describe('ledger domain: reputation rules', () => {
  it('reads the tier off the score at every boundary', () => {
    const cases: Array<[number, string]> = [
      [-1000, 'probation'], [-1, 'probation'],
      [0, 'new'], [9, 'new'],
      [10, 'trusted'], [49, 'trusted'],
      [50, 'established'], [199, 'established'],
      [200, 'elite'], [100_000, 'elite'],
    ];
    for (const [score, tier] of cases) assert.equal(reputationTier(score), tier, `score ${score}`);
  });

  it('lists the tiers highest first, each starting above the next', () => {
    const mins = REPUTATION_TIERS.map((t) => t.min);
    assert.deepEqual([...mins].sort((a, b) => b - a), mins);
    assert.equal(new Set(REPUTATION_TIERS.map((t) => t.tier)).size, REPUTATION_TIERS.length);
    assert.equal(mins.at(-1), -Infinity);
  });

  it('gives an agent never rated a score of 0 in the tier of 0', () => {
    const r = noReputation(RECEIVER);
    assert.deepEqual(r, { agentDid: RECEIVER, score: 0, positiveSignals: 0, negativeSignals: 0, totalSignals: 0, lastUpdated: null });
    assert.equal(reputationTier(r.score), 'new');
  });

  it('accepts exactly the numbers 1 and -1 as a signal', () => {
    assert.equal(parseSignalValue(1), 1);
    assert.equal(parseSignalValue(-1), -1);
    for (const bad of [0, 2, -2, 0.5, 1.0000001, '1', '-1', true, null, undefined, NaN, Infinity, [1], { value: 1 }]) {
      const err = expectDomainError(() => parseSignalValue(bad), 'validation_error', /signal_value must be 1 or -1/, 'INVALID_SIGNAL_VALUE');
      assert.equal(err.field, 'signal_value');
    }
  });

  it('lets only the sender signal', () => {
    assert.doesNotThrow(() => assertMaySignal(transfer(), SENDER));
    expectDomainError(() => assertMaySignal(transfer(), RECEIVER), 'forbidden', /Only the sender/);
    expectDomainError(() => assertMaySignal(transfer(), 'did:agentvault:someone-else'), 'forbidden');
  });

  it('accepts only completed transfers between agents', () => {
    for (const type of ['system_transfer', 'funding', 'issuance', 'burn'] as const) {
      expectDomainError(() => assertMaySignal(transfer({ type }), SENDER), 'validation_error', /only to completed transfers/, 'NOT_A_TRANSFER');
    }
  });

  it('accepts one signal per transaction', () => {
    for (const reputationSignal of [1, -1]) {
      expectDomainError(() => assertMaySignal(transfer({ reputationSignal }), SENDER), 'conflict', /already applied to transaction tx_1/, 'REPUTATION_SIGNAL_ALREADY_APPLIED');
    }
  });

  it('checks the sender before anything else, so a stranger learns nothing about the transaction', () => {
    expectDomainError(() => assertMaySignal(transfer({ type: 'funding', reputationSignal: 1 }), RECEIVER), 'forbidden');
  });

  it('keys the event store entry by transaction', () => {
    assert.equal(reputationEmitKey('tx_abc'), 'reputation-tx_abc');
  });
});

describe('ledger domain: funding request rules', () => {
  it('makes request ids that fit a path segment and do not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, newFundingRequestId));
    assert.equal(ids.size, 1000);
    for (const id of ids) assert.match(id, /^fr_[0-9a-f]{32}$/);
  });

  it('keys the event store entries by request, deterministically', () => {
    assert.equal(fundingEmitKeys.requested('fr_1'), 'funding-requested-fr_1');
    assert.equal(fundingEmitKeys.approved('fr_1'), 'funding-approved-fr_1');
    assert.equal(fundingEmitKeys.rejected('fr_1'), 'funding-rejected-fr_1');
  });

  it('requires an agent to give a reason of at most 256 characters; trims it', () => {
    assert.equal(parseFundingReason('  GPU time  ', 'reason', true), 'GPU time');
    assert.equal(parseFundingReason('x'.repeat(MAX_FUNDING_REASON_LENGTH), 'reason', true)!.length, MAX_FUNDING_REASON_LENGTH);
    for (const missing of [undefined, null, '', '   ']) expectDomainError(() => parseFundingReason(missing, 'reason', true), 'validation_error', /reason is required/);
    expectDomainError(() => parseFundingReason('x'.repeat(MAX_FUNDING_REASON_LENGTH + 1), 'reason', true), 'validation_error', /at most 256/);
    expectDomainError(() => parseFundingReason(42, 'reason', true), 'validation_error', /must be a string/);
  });

  it("leaves an administrator's rejection reason optional", () => {
    assert.equal(parseFundingReason(undefined, 'reason', false), null);
    assert.equal(parseFundingReason('', 'reason', false), null);
    assert.equal(parseFundingReason('duplicate', 'reason', false), 'duplicate');
  });

  it('filters by the three statuses only', () => {
    assert.equal(parseFundingStatus(undefined), undefined);
    assert.equal(parseFundingStatus(''), undefined);
    for (const s of ['pending', 'approved', 'rejected']) assert.equal(parseFundingStatus(s), s);
    expectDomainError(() => parseFundingStatus('done'), 'validation_error', /status must be one of pending, approved, rejected/);
  });

  it('decides a request once: a decided request is a conflict', () => {
    assert.doesNotThrow(() => assertPending(fundingRequest('pending')));
    expectDomainError(() => assertPending(fundingRequest('approved')), 'conflict', /already approved/, 'FUNDING_REQUEST_ALREADY_DECIDED');
    expectDomainError(() => assertPending(fundingRequest('rejected')), 'conflict', /already rejected/, 'FUNDING_REQUEST_ALREADY_DECIDED');
  });
});
