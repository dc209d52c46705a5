import assert from 'node:assert/strict';
import { reputationOf } from '../src/domain/reputation.js';
import { bucketStart, rateOf } from '../src/domain/analytics.js';

const stats = { serviceId: 's', providerDid: 'p', calls: 0, successes: 0, avgLatencyMs: 0, p95LatencyMs: 0, ratingAverage: 0, ratingCount: 0 };

describe('marketplace reputation and analytics rules', () => {
  it('scores latency, reliability and ratings 30/40/30, leaving out what is not known', () => {
    assert.equal(reputationOf(stats).score, 0, 'no calls, no ratings');
    const measured = reputationOf({ ...stats, calls: 4, successes: 3, avgLatencyMs: 500 });
    assert.deepEqual([measured.successRate, measured.latencyScore, measured.reliabilityScore, measured.ratingScore], [75, 9.5, 7.5, 0]);
    assert.equal(measured.score, Math.round(((0.3 * 9.5 + 0.4 * 7.5) / 0.7) * 100) / 100, 'unrated: the two measured scores alone');
    const rated = reputationOf({ ...stats, calls: 4, successes: 3, avgLatencyMs: 500, ratingAverage: 5, ratingCount: 2 });
    assert.equal(rated.ratingScore, 10);
    assert.equal(rated.score, Math.round((0.3 * 9.5 + 0.4 * 7.5 + 0.3 * 10) * 100) / 100);
    assert.equal(reputationOf({ ...stats, calls: 1, successes: 1, avgLatencyMs: 60_000 }).latencyScore, 0, 'clamped at 0');
    assert.equal(reputationOf({ ...stats, ratingAverage: 1, ratingCount: 1 }).score, 0, 'the worst rating is 0');
  });

  it('starts trend buckets on UTC days, ISO weeks (Monday) and months', () => {
    const wednesday = new Date('2026-03-18T15:30:00Z');
    assert.equal(bucketStart(wednesday, 'daily', 0).toISOString(), '2026-03-18T00:00:00.000Z');
    assert.equal(bucketStart(wednesday, 'daily', 2).toISOString(), '2026-03-16T00:00:00.000Z');
    assert.equal(bucketStart(wednesday, 'weekly', 0).toISOString(), '2026-03-16T00:00:00.000Z');
    assert.equal(bucketStart(new Date('2026-03-22T23:00:00Z'), 'weekly', 1).toISOString(), '2026-03-09T00:00:00.000Z', 'a Sunday is the end of its week');
    assert.equal(bucketStart(wednesday, 'monthly', 3).toISOString(), '2025-12-01T00:00:00.000Z');
  });

  it('writes a commission in basis points as a fraction', () => {
    assert.deepEqual([rateOf(1000), rateOf(0), rateOf(25), rateOf(10_000), rateOf(1234)], ['0.10', '0.00', '0.0025', '1.00', '0.1234']);
  });
});
