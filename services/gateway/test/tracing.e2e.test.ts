import assert from 'node:assert/strict';
import { createTestDatabase, httpClient, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';

describe('request and trace ids across services', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let stack: Stack;
  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'split', databaseUrl: db.url, env: { LOG_LEVEL: 'debug' } });
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });

  it('takes the trace id of a traceparent header and logs it in the gateway and in identity', async () => {
    const http = httpClient(stack.baseUrl);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await http('GET', '/api/v1/agents/by-did/did:agentvault:traced', {
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01`, 'X-Request-Id': 'req-traced-1' },
    });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('x-trace-id'), traceId);
    assert.equal(res.headers.get('x-request-id'), 'req-traced-1');

    const lines = (name: string) =>
      stack.processes
        .find((p) => p.name === name)!
        .output.join('')
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l));
    await waitFor(() => lines('identity').some((l) => l.trace_id === traceId), { what: 'the trace id in identity logs' });
    const identityLine = lines('identity').find((l) => l.trace_id === traceId);
    assert.equal(identityLine.request_id, 'req-traced-1');
    assert.equal(identityLine.service, 'identity');
    await waitFor(() => lines('gateway').some((l) => l.trace_id === traceId && l.service === 'gateway'), { what: 'the trace id in gateway logs' });
  });

  it('makes a trace id when none is sent', async () => {
    const res = await httpClient(stack.baseUrl)('GET', '/api/v1/teg/fees/config');
    assert.match(res.headers.get('x-trace-id') ?? '', /^[0-9a-f]{32}$/);
  });
});
