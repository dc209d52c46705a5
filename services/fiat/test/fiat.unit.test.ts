import assert from 'node:assert/strict';
import { ConfigError } from '@agentvault/config';
import { loadFiatConfig } from '../src/config.js';
import { formatAvt, parseEur } from '../src/domain/money.js';
import { parseTierSpec, quote, type TierTable } from '../src/domain/tiers.js';

const ON = { FIAT_GENESIS_REGISTRY: 'true', FIAT_ONRAMP_ENABLED: 'true', STRIPE_API_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };

function refusedNaming(env: NodeJS.ProcessEnv, variable: string) {
  assert.throws(() => loadFiatConfig(env), (err: unknown) => err instanceof ConfigError && err.message.includes(variable));
}

describe('fiat rules', () => {
  const table = parseTierSpec('1:2000,50:2500,200:3000', 100n, 50000n) as TierTable;

  it('quotes exact AVT at the tier of the whole pledge', () => {
    assert.equal(formatAvt(quote(table, parseEur('1')).avt), '2000.000000000000000000');
    assert.equal(formatAvt(quote(table, 4999n).avt), '99980.000000000000000000');
    assert.equal(quote(table, 5000n).tier.level, 2);
    assert.equal(formatAvt(quote(table, 20001n).avt), '600030.000000000000000000');
    assert.throws(() => quote(table, 99n), /at least 1\.00 EUR/);
    assert.throws(() => quote(table, 50001n), /at most 500\.00 EUR/);
  });

  it('reads EUR with at most two decimals, never through a float', () => {
    assert.equal(parseEur('25'), 2500n);
    assert.equal(parseEur('25.5'), 2550n);
    assert.equal(parseEur(0.1), 10n);
    for (const bad of ['1.001', '-1', 'abc', '', null, {}, '1e3']) assert.throws(() => parseEur(bad), /eur_amount/);
  });

  it('refuses tier tables that do not make sense', () => {
    assert.match(parseTierSpec('2:2000', 100n, 500n) as string, /first tier/);
    assert.match(parseTierSpec('1:2000,1:3000', 100n, 500n) as string, /ascending/);
    assert.match(parseTierSpec('1:0', 100n, 500n) as string, /more than 0/);
  });

  it('starts with fiat on only when every setting agrees, and names the variable otherwise', () => {
    assert.equal(loadFiatConfig(ON).FIAT_ONRAMP_ENABLED, true);
    assert.equal(loadFiatConfig({}).FIAT_ONRAMP_ENABLED, false);
    refusedNaming({ ...ON, FIAT_GENESIS_REGISTRY: 'false' }, 'FIAT_ONRAMP_ENABLED');
    refusedNaming({ ...ON, STRIPE_API_KEY: undefined }, 'STRIPE_API_KEY');
    refusedNaming({ ...ON, STRIPE_WEBHOOK_SECRET: undefined }, 'STRIPE_WEBHOOK_SECRET');
    refusedNaming({ REGISTRY_ROLE: 'satellite', FIAT_GENESIS_REGISTRY: 'true' }, 'FIAT_GENESIS_REGISTRY');
    refusedNaming({ REGISTRY_ROLE: 'satellite', STRIPE_API_KEY: 'sk_test_abc' }, 'STRIPE_API_KEY');
    refusedNaming({ ...ON, STRIPE_API_KEY: 'sk_live_abc', STRIPE_API_BASE: 'http://127.0.0.1:12111' }, 'STRIPE_API_BASE');
    refusedNaming({ FIAT_TIERS: '5:2000' }, 'FIAT_TIERS');
    refusedNaming({ FIAT_MIN_EUR: 'one' }, 'FIAT_MIN_EUR');
  });
});
