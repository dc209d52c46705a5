import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createLogger, createShutdown } from '../src/index.js';

function quietLogger() {
  const lines: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(JSON.parse(l));
      cb();
    },
  });
  return { logger: createLogger({ service: 'test', target: 'all', level: 'debug', destination }), lines };
}

describe('observability: createShutdown', () => {
  it('runs closers in reverse order, once, even if run twice', async () => {
    const { logger, lines } = quietLogger();
    const shutdown = createShutdown({ logger, exit: false });
    const calls: string[] = [];
    shutdown.add('database', async () => {
      await new Promise((r) => setTimeout(r, 5));
      calls.push('database');
    });
    shutdown.add('bus', () => {
      calls.push('bus');
    });
    shutdown.add('grpc', async () => {
      calls.push('grpc');
    });
    assert.equal(shutdown.shuttingDown, false);
    const first = shutdown.run('test');
    const second = shutdown.run('again');
    assert.equal(shutdown.shuttingDown, true);
    await Promise.all([first, second]);
    await shutdown.run('third');
    assert.deepEqual(calls, ['grpc', 'bus', 'database']);
    assert.ok(lines.some((l) => l.msg === 'shutdown complete' && l.reason === 'test'));
  });

  it('keeps going past a failing or hanging closer and reports it', async () => {
    const { logger, lines } = quietLogger();
    const shutdown = createShutdown({ logger, exit: false, timeoutMs: 30 });
    const calls: string[] = [];
    shutdown.add('first', () => {
      calls.push('first');
    });
    shutdown.add('hangs', () => new Promise<void>(() => {}));
    shutdown.add('throws', () => {
      throw new Error('nope');
    });
    await shutdown.run('test');
    assert.deepEqual(calls, ['first']);
    const failed = lines.filter((l) => l.level === 'error' && l.closer);
    assert.deepEqual(failed.map((l) => [l.closer, l.err.message]), [
      ['throws', 'nope'],
      ['hangs', 'timed out after 30ms'],
    ]);
    assert.ok(lines.some((l) => l.msg === 'shutdown finished with errors' && l.failed.join() === 'throws,hangs'));
  });

  it('closes right away what is added after shutdown finished', async () => {
    const { logger } = quietLogger();
    const shutdown = createShutdown({ logger, exit: false });
    await shutdown.run('test');
    let closed = false;
    shutdown.add('late', () => {
      closed = true;
    });
    await new Promise((r) => setImmediate(r));
    assert.equal(closed, true);
  });

  it('runs on SIGTERM and then gives the signals back', async () => {
    const { logger } = quietLogger();
    const shutdown = createShutdown({ logger, exit: false });
    const before = process.listenerCount('SIGTERM');
    const beforeInt = process.listenerCount('SIGINT');
    let closed = 0;
    shutdown.add('thing', () => {
      closed++;
    });
    shutdown.installSignalHandlers();
    shutdown.installSignalHandlers();
    assert.equal(process.listenerCount('SIGTERM'), before + 1);
    assert.equal(process.listenerCount('SIGINT'), beforeInt + 1);
    process.emit('SIGTERM');
    await shutdown.run('after signal');
    assert.equal(closed, 1);
    assert.equal(process.listenerCount('SIGTERM'), before);
    assert.equal(process.listenerCount('SIGINT'), beforeInt);
  });

  describe('in a real process', () => {
    const fixture = fileURLToPath(new URL('./fixtures/shutdown-child.ts', import.meta.url));

    function runChild(signal: NodeJS.Signals, args: string[] = []): Promise<{ code: number | null; lines: Record<string, any>[] }> {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', fixture, ...args], {
          cwd: dirname(fixture), // so `--import tsx` resolves from this workspace wherever mocha runs
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        let signalled = false;
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (!signalled && out.includes('"msg":"ready"')) {
            signalled = true;
            child.kill(signal);
          }
        });
        child.on('error', reject);
        child.on('exit', (code) => {
          const lines = out.split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
          resolve({ code, lines });
        });
      });
    }

    it('closes in reverse order on SIGTERM and exits 0', async () => {
      const { code, lines } = await runChild('SIGTERM');
      assert.equal(code, 0);
      assert.deepEqual(
        lines.filter((l) => l.closer).map((l) => l.closer),
        ['timer', 'server', 'database'],
      );
      assert.ok(lines.some((l) => l.msg === 'shutting down' && l.reason === 'SIGTERM'));
    });

    it('exits 1 on SIGINT when a closer fails, after running the rest', async () => {
      const { code, lines } = await runChild('SIGINT', ['--fail']);
      assert.equal(code, 1);
      assert.ok(lines.some((l) => l.closer === 'server' && l.level === 'error' && l.err.message === 'server would not close'));
      assert.ok(lines.some((l) => l.closer === 'database' && l.msg === 'closed database'));
    });
  });
});
