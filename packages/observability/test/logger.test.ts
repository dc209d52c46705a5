import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createLogger, redactSecrets } from '../src/index.js';

function capture(): { stream: Writable; lines: () => Record<string, any>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l)),
  };
}

describe('observability: createLogger', () => {
  it('writes JSON lines with service, target, level name and message', () => {
    const out = capture();
    const logger = createLogger({ service: 'ledger', target: 'all', destination: out.stream });
    logger.info({ accountId: 'a1' }, 'hello');
    logger.debug('not at info');
    const lines = out.lines();
    assert.equal(lines.length, 1);
    assert.equal(lines[0].service, 'ledger');
    assert.equal(lines[0].target, 'all');
    assert.equal(lines[0].level, 'info');
    assert.equal(lines[0].msg, 'hello');
    assert.equal(lines[0].accountId, 'a1');
    assert.ok(!Number.isNaN(Date.parse(lines[0].time)));
  });

  it('honours the level argument', () => {
    const out = capture();
    const logger = createLogger({ service: 'ledger', target: 'ledger', level: 'warn', destination: out.stream });
    logger.info('quiet');
    logger.warn('loud');
    assert.deepEqual(out.lines().map((l) => l.msg), ['loud']);
    const debugOut = capture();
    createLogger({ service: 's', target: 't', level: 'debug', destination: debugOut.stream }).debug('seen');
    assert.equal(debugOut.lines().length, 1);
  });

  it('redacts secrets at the top level, nested, in arrays and in child bindings', () => {
    const out = capture();
    const logger = createLogger({ service: 'identity', target: 'all', destination: out.stream });
    const body = {
      email: 'dev@example.com',
      password: 'hunter2',
      new_password: 'hunter3',
      client_secret: 'cs',
      totp_code: '123456',
      plain_api_key: 'avk_live_x',
      recovery_keys: ['r1', 'r2'],
      profile: { name: 'Dev', password: 'nested', credentials: [{ access_token: 'at', kind: 'jwt' }] },
      refreshToken: 'camel',
      webhookSecret: 'whsec',
    };
    logger.info({ body, token: 't0', secret: 's0' }, 'signup');
    logger.child({ requestId: 'r-1', authorization: 'Bearer abc' }).info({ cookie: 'sid=1' }, 'child');

    const [first, second] = out.lines();
    const text = JSON.stringify(out.lines());
    for (const secret of ['hunter2', 'hunter3', '"cs"', '123456', 'avk_live_x', '"r1"', 'nested', '"at"', 'camel', 'whsec', 't0', 's0', 'Bearer abc', 'sid=1']) {
      assert.ok(!text.includes(secret), `${secret} leaked: ${text}`);
    }
    assert.equal(first.token, '[redacted]');
    assert.equal(first.secret, '[redacted]');
    assert.equal(first.body.password, '[redacted]');
    assert.equal(first.body.new_password, '[redacted]');
    assert.equal(first.body.recovery_keys, '[redacted]');
    assert.equal(first.body.profile.password, '[redacted]');
    assert.equal(first.body.profile.credentials[0].access_token, '[redacted]');
    // what isn't secret stays
    assert.equal(first.body.email, 'dev@example.com');
    assert.equal(first.body.profile.name, 'Dev');
    assert.equal(first.body.profile.credentials[0].kind, 'jwt');
    assert.equal(second.requestId, 'r-1');
    assert.equal(second.authorization, '[redacted]');
    assert.equal(second.cookie, '[redacted]');
    // the caller's object is untouched
    assert.equal(body.password, 'hunter2');
    assert.equal(body.profile.credentials[0].access_token, 'at');
  });

  it('redacts request headers, also when a serializer builds them', () => {
    const out = capture();
    const logger = createLogger({ service: 'gateway', target: 'gateway', destination: out.stream });
    logger.info({ req: { method: 'GET', headers: { authorization: 'Bearer xyz', 'x-api-key': 'k1', cookie: 'c', host: 'h' } } });
    logger
      .child({}, { serializers: { req: (r: { h: Record<string, string> }) => ({ headers: r.h }) } })
      .info({ req: { h: { authorization: 'Bearer ser', 'set-cookie': 'sc' } } });
    const [plain, serialized] = out.lines();
    assert.deepEqual(plain.req.headers, { authorization: '[redacted]', 'x-api-key': '[redacted]', cookie: '[redacted]', host: 'h' });
    assert.equal(plain.req.method, 'GET');
    assert.equal(serialized.req.headers.authorization, '[redacted]');
  });

  it('keeps errors serialized and survives cycles', () => {
    const out = capture();
    const logger = createLogger({ service: 's', target: 't', destination: out.stream });
    const cyclic: Record<string, unknown> = { name: 'loop', password: 'p' };
    cyclic.self = cyclic;
    logger.error({ err: new Error('boom'), cyclic }, 'failed');
    const [line] = out.lines();
    assert.equal(line.err.message, 'boom');
    assert.equal(line.err.type, 'Error');
    assert.equal(line.cyclic.password, '[redacted]');
    assert.ok(!JSON.stringify(line).includes('"p"'));
  });

  it('redactSecrets leaves null and undefined secrets alone and copies only what changes', () => {
    const untouched = { a: 1, nested: { b: 2 } };
    assert.equal(redactSecrets(untouched), untouched);
    assert.deepEqual(redactSecrets({ password: null, token: undefined }), { password: null, token: undefined });
  });
});
