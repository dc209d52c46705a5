import assert from 'node:assert/strict';
import { BPS, DAY_MS, YEAR_MS, boostBps, boosted, distribute, percentToBps, poolFromApy, poolFromPercentage, splitReward, stakeWeight } from '../src/domain/arithmetic.js';
import { outcome } from '../../governance/src/domain/governance-service.js';

const AVT = 10n ** 18n;

describe('staking arithmetic', () => {
  it('weighs a stake by amount × time inside the cycle, including one opened mid-cycle and one reduced', () => {
    assert.equal(stakeWeight([{ at: 0, amount: 100n }], 0, 1000), 100_000n);
    assert.equal(stakeWeight([{ at: 500, amount: 100n }], 0, 1000), 50_000n);
    assert.equal(stakeWeight([{ at: 0, amount: 100n }, { at: 250, amount: 40n }], 0, 1000), 25_000n + 30_000n);
    assert.equal(stakeWeight([{ at: 0, amount: 100n }, { at: 100, amount: 0n }], 200, 1000), 0n);
  });

  it('pays an APY exactly over a year and rounds down', () => {
    assert.equal(poolFromApy(1000n * AVT * YEAR_MS, 5n * AVT), 50n * AVT);
    assert.equal(poolFromApy(1n, 5n * AVT), 0n);
    assert.equal(poolFromPercentage(400n * AVT * 1000n, 10n * AVT, 1000), 40n * AVT);
  });

  it('splits a pool pro rata, keeping the rounding remainder, and tiny stakes get their floor', () => {
    const { shares, remainder } = distribute(100n, new Map([['a', 1n], ['b', 1n], ['c', 1n]]));
    assert.deepEqual([...shares.values()], [33n, 33n, 33n]);
    assert.equal(remainder, 1n);
    const tiny = distribute(10n, new Map([['big', 10n ** 30n], ['tiny', 1n]]));
    assert.equal(tiny.shares.get('tiny'), 0n);
    assert.equal(tiny.shares.get('big')! + tiny.shares.get('tiny')! + tiny.remainder, 10n);
    assert.equal(distribute(7n, new Map()).remainder, 7n);
  });

  it("gives validators exactly their agreed cut of the delegated part; the owner the rest", () => {
    const split = splitReward(1000n, 100n, [{ id: 'd', amount: 50n, shareBps: 1000n }]);
    assert.equal(split.validators.get('d'), 50n);
    assert.equal(split.owner, 950n);
    const odd = splitReward(7n, 3n, [{ id: 'd', amount: 1n, shareBps: 3333n }]);
    assert.equal(odd.owner + odd.validators.get('d')!, 7n);
  });

  it('boosts voting power with the remaining lock, 1× unlocked, capped at the maximum', () => {
    const max = 365 * Number(DAY_MS);
    assert.equal(boostBps(0, max, 25_000n), BPS);
    assert.equal(boostBps(max, max, 25_000n), 25_000n);
    assert.equal(boostBps(max * 3, max, 25_000n), 25_000n);
    assert.equal(boostBps(max / 2, max, 25_000n), 17_500n);
    assert.equal(boosted(100n * AVT, 17_500n), 175n * AVT);
    assert.equal(percentToBps('10.5'), 1050n);
    assert.equal(percentToBps('100.01'), null);
  });

  it('decides quorum and threshold exactly', () => {
    const s = { quorumBps: 1000n, passThresholdBps: 5000n };
    assert.equal(outcome({ for: 99n, against: 0n, abstain: 0n }, 1000n, s), 'no_quorum');
    assert.equal(outcome({ for: 100n, against: 0n, abstain: 0n }, 1000n, s), 'passed');
    assert.equal(outcome({ for: 50n, against: 50n, abstain: 0n }, 1000n, s), 'rejected');
    assert.equal(outcome({ for: 0n, against: 0n, abstain: 200n }, 1000n, s), 'rejected');
  });
});
