import assert from 'node:assert/strict';
import { counter, gauge, histogram, metricsRegistry } from '../src/index.js';

describe('observability: metrics', () => {
  it('collects the default process metrics once, in the shared registry', async () => {
    const text = await metricsRegistry.metrics();
    assert.match(text, /process_cpu_user_seconds_total/);
    assert.match(text, /nodejs_eventloop_lag_seconds/);
    assert.equal(text.match(/^# TYPE process_cpu_user_seconds_total /gm)?.length, 1);
  });

  it('returns the already-registered metric instead of throwing on a duplicate name', async () => {
    const a = counter('obs_test_requests_total', 'Requests.', ['service']);
    const b = counter('obs_test_requests_total', 'Requests.', ['service']);
    assert.equal(a, b);
    a.inc({ service: 'ledger' });
    b.inc({ service: 'identity' }, 2);
    const text = await metricsRegistry.metrics();
    assert.match(text, /obs_test_requests_total\{service="ledger"\} 1/);
    assert.match(text, /obs_test_requests_total\{service="identity"\} 2/);

    const h1 = histogram('obs_test_duration_seconds', 'Duration.', ['method'], [0.1, 1]);
    assert.equal(histogram('obs_test_duration_seconds', 'Duration.', ['method']), h1);
    h1.observe({ method: 'Check' }, 0.05);
    assert.match(await metricsRegistry.getSingleMetricAsString('obs_test_duration_seconds'), /le="0.1",method="Check"\} 1/);

    const g1 = gauge('obs_test_in_flight', 'In flight.');
    assert.equal(gauge('obs_test_in_flight', 'In flight.'), g1);
  });

  it('runs a gauge collect function at scrape time', async () => {
    let pool = 3;
    gauge('obs_test_pool_size', 'Pool size.', [], function () {
      this.set(pool);
    });
    pool = 7;
    assert.match(await metricsRegistry.metrics(), /^obs_test_pool_size 7$/m);
  });

  it('refuses a name taken by another kind of metric or other labels', () => {
    counter('obs_test_conflict_total', 'Conflict.', ['a']);
    assert.throws(() => gauge('obs_test_conflict_total', 'Conflict.', ['a']), /already registered as a counter/);
    assert.throws(() => counter('obs_test_conflict_total', 'Conflict.', ['b']), /already registered with labels \[a\]/);
  });
});
