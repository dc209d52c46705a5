import { validationError } from '@agentvault/errors';

/**
 * AVT amounts: exact decimals with 18 places, held as bigints scaled by 10^18 and written as
 * strings with all 18 places (the same text PostgreSQL's NUMERIC(38,18) produces).
 */
export const DECIMALS = 18;
export const SCALE = 10n ** 18n;
/** Far above any real supply, and well inside NUMERIC(38,18)'s 20 integer digits. */
export const MAX_AMOUNT = 10n ** 15n * SCALE;

export type Amount = bigint;

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?$/;

/** Parses a JSON string or number into an amount, or throws a 422 naming `field`. */
export function parseAmount(input: unknown, field = 'amount', options: { allowZero?: boolean } = {}): Amount {
  let text: string;
  if (typeof input === 'string') {
    text = input.trim();
  } else if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw validationError(`${field} must be a finite number`, field);
    text = numberToPlainString(input);
  } else {
    throw validationError(`${field} must be a decimal string such as "10.5"`, field);
  }
  if (text.startsWith('-')) throw validationError(`${field} must be positive`, field);
  if (text.startsWith('+')) text = text.slice(1);
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw validationError(`${field} is not a decimal number: ${JSON.stringify(String(input)).slice(0, 60)}`, field);
  const [, whole, fraction = ''] = match;
  if (fraction.length > DECIMALS) throw validationError(`${field} has more than ${DECIMALS} decimal places`, field);
  const value = BigInt(whole!) * SCALE + BigInt(fraction.padEnd(DECIMALS, '0') || '0');
  if (value === 0n && !options.allowZero) throw validationError(`${field} must be greater than zero`, field);
  if (value > MAX_AMOUNT) throw validationError(`${field} is too large (at most ${formatAmount(MAX_AMOUNT)})`, field);
  return value;
}

/**
 * JS numbers print very small and very large values in exponent form (1e-7, 1e+21); amounts
 * need plain digits, so shift the decimal point of the shortest representation by hand.
 */
function numberToPlainString(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = '', exp] = match;
  const digits = whole! + fraction;
  const point = whole!.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function formatAmount(value: Amount): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / SCALE;
  const fraction = (abs % SCALE).toString().padStart(DECIMALS, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** PostgreSQL NUMERIC text (possibly fewer places, possibly negative) → amount. */
export function amountFromDb(value: string | number | null | undefined): Amount {
  if (value === null || value === undefined) return 0n;
  const text = String(value);
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const abs = BigInt(whole || '0') * SCALE + BigInt((fraction + '0'.repeat(DECIMALS)).slice(0, DECIMALS));
  return negative ? -abs : abs;
}

/** Amount → a literal PostgreSQL reads exactly. */
export function amountToDb(value: Amount): string {
  return formatAmount(value);
}
