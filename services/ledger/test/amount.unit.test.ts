import assert from 'node:assert/strict';
import { DomainError } from '@agentvault/errors';
import { amountFromDb, formatAmount, parseAmount, SCALE, MAX_AMOUNT } from '../src/domain/amount.js';

const rejects = (input: unknown, pattern: RegExp) =>
  assert.throws(() => parseAmount(input), (err: unknown) => err instanceof DomainError && err.kind === 'validation_error' && err.field === 'amount' && pattern.test(err.message));

describe('ledger amounts', () => {
  it('parses strings and numbers exactly, to 18 places', () => {
    assert.equal(parseAmount('10'), 10n * SCALE);
    assert.equal(parseAmount('0.000000000000000001'), 1n);
    assert.equal(parseAmount(' 1.5 '), 15n * 10n ** 17n);
    assert.equal(parseAmount(0.1), 10n ** 17n);
    assert.equal(parseAmount(1e-7), 10n ** 11n);
    assert.equal(parseAmount(2500), 2500n * SCALE);
    assert.equal(parseAmount('+3'), 3n * SCALE);
  });

  it('refuses what is not a positive amount of at most 18 places', () => {
    rejects('0.0000000000000000001', /more than 18 decimal places/);
    rejects('0', /greater than zero/);
    rejects(0, /greater than zero/);
    rejects('-1', /positive/);
    rejects(-1, /positive/);
    rejects('abc', /not a decimal number/);
    rejects('1e5', /not a decimal number/);
    rejects('NaN', /not a decimal number/);
    rejects(Number.NaN, /finite/);
    rejects(Number.POSITIVE_INFINITY, /finite/);
    rejects('1000000000000000000000', /too large/);
    rejects(null, /decimal string/);
    rejects({ value: 1 }, /decimal string/);
    rejects('', /not a decimal number/);
    rejects('1.', /not a decimal number/);
  });

  it('formats with all 18 places and reads PostgreSQL numerics back', () => {
    assert.equal(formatAmount(15n * 10n ** 17n), '1.500000000000000000');
    assert.equal(formatAmount(-1n), '-0.000000000000000001');
    assert.equal(amountFromDb('-1000000000.000000000000000000'), -1_000_000_000n * SCALE);
    assert.equal(amountFromDb('12.5'), 125n * 10n ** 17n);
    assert.equal(amountFromDb(formatAmount(MAX_AMOUNT)), MAX_AMOUNT);
  });
});
