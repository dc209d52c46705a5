import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { counter, createOpsHandler, readinessReport, startOpsServer, type ReadinessCheck } from '../src/index.js';

describe('observability: ops server', () => {
  let dbUp = true;
  const checks: ReadinessCheck[] = [
    { name: 'database', check: async () => { if (!dbUp) throw new Error('connection refused'); } },
    { name: 'bus', check: async () => {} },
  ];
  let ops: { port: number; close(): Promise<void> };
  const url = (path: string) => `http://127.0.0.1:${ops.port}${path}`;

  before(async () => {
    ops = await startOpsServer({ port: 0, host: '127.0.0.1', checks });
  });
  after(async () => {
    await ops.close();
  });
  beforeEach(() => {
    dbUp = true;
  });

  it('binds an ephemeral port', () => {
    assert.ok(ops.port > 0);
  });

  it('GET /health answers 200 {"status":"ok"}', async () => {
    const res = await fetch(url('/health'));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('GET /ready answers 200 when every check passes', async () => {
    const res = await fetch(url('/ready'));
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ready', checks: { database: 'ok', bus: 'ok' } });
  });

  it('GET /ready answers 503 naming the failing check and its error', async () => {
    dbUp = false;
    const res = await fetch(url('/ready'));
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), { status: 'not_ready', checks: { database: 'connection refused', bus: 'ok' } });
  });

  it('GET /metrics serves Prometheus text including a registered counter', async () => {
    counter('obs_test_ops_hits_total', 'Hits.').inc(5);
    const res = await fetch(url('/metrics'));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    const text = await res.text();
    assert.match(text, /^# TYPE obs_test_ops_hits_total counter$/m);
    assert.match(text, /^obs_test_ops_hits_total 5$/m);
  });

  it('answers 404 elsewhere and 405 for other methods', async () => {
    assert.equal((await fetch(url('/nope'))).status, 404);
    const post = await fetch(url('/health'), { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    assert.equal((await fetch(url('/health?probe=1'))).status, 200);
  });

  it('close() resolves promptly with keep-alive connections open, and only once', async () => {
    const other = await startOpsServer({ port: 0, host: '127.0.0.1', checks: [] });
    const res = await fetch(`http://127.0.0.1:${other.port}/health`);
    await res.text();
    const started = Date.now();
    await Promise.all([other.close(), other.close()]);
    assert.ok(Date.now() - started < 1000);
  });
});

describe('observability: readinessReport', () => {
  it('times out a hanging check with the timeout as its message', async () => {
    const started = Date.now();
    const report = await readinessReport(
      [
        { name: 'slow', check: () => new Promise<void>(() => {}) },
        { name: 'fast', check: async () => {} },
      ],
      50,
    );
    assert.ok(Date.now() - started < 1000);
    assert.equal(report.status, 503);
    assert.deepEqual(report.body, { status: 'not_ready', checks: { slow: 'timed out after 50ms', fast: 'ok' } });
  });

  it('catches a check that throws synchronously, and is ready with no checks', async () => {
    const report = await readinessReport([
      { name: 'sync', check: () => { throw new Error('bad config'); } },
    ]);
    assert.deepEqual(report, { status: 503, body: { status: 'not_ready', checks: { sync: 'bad config' } } });
    assert.deepEqual(await readinessReport([]), { status: 200, body: { status: 'ready', checks: {} } });
  });
});

describe('observability: createOpsHandler', () => {
  it('serves the three paths inside another server and passes the rest on', async () => {
    const handle = createOpsHandler({ checks: [{ name: 'db', check: async () => {} }] });
    const server: Server = createServer((req, res) => {
      if (!handle(req, res)) {
        res.writeHead(418).end('app');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready', checks: { db: 'ok' } });
      const app = await fetch(`http://127.0.0.1:${port}/api/v1/agents`);
      assert.equal(app.status, 418);
      assert.equal(await app.text(), 'app');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
