import assert from 'node:assert/strict';
import { loadConfig, env, ConfigError } from '../src/index.js';

describe('config', () => {
  const shape = { PORT: env.port(8080), FLAG: env.bool(false), DATABASE_URL: env.url(['postgres', 'postgresql']).optional() };

  it('applies defaults and parses typed values', () => {
    const cfg = loadConfig(shape, { PORT: '9000', FLAG: 'true' });
    assert.equal(cfg.PORT, 9000);
    assert.equal(cfg.FLAG, true);
    assert.equal(cfg.DATABASE_URL, undefined);
  });

  it('treats an empty value as unset', () => {
    assert.equal(loadConfig(shape, { PORT: '' }).PORT, 8080);
  });

  it('names the bad variable in the error', () => {
    assert.throws(() => loadConfig(shape, { PORT: 'eighty', DATABASE_URL: 'mysql://x' }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /PORT/);
      assert.match(err.message, /DATABASE_URL: expected a URL starting with postgres:\/\//);
      return true;
    });
  });

  it('rejects a boolean that is not one', () => {
    assert.throws(() => loadConfig(shape, { FLAG: 'maybe' }), /FLAG: expected true or false/);
  });
});
