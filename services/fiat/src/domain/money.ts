import { validationError } from '@agentvault/errors';

/** AVT, exactly: a bigint of 10^-18 units (as the ledger keeps it). EUR: a bigint of cents. */
export type Avt = bigint;
export type Cents = bigint;

export const AVT_SCALE = 10n ** 18n;

/** An AVT amount as the ledger writes it: 18 decimal places. */
export function formatAvt(value: Avt): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / AVT_SCALE}.${(abs % AVT_SCALE).toString().padStart(18, '0')}`;
}

export function parseAvt(text: string, field = 'amount'): Avt {
  const match = /^(\d{1,20})(?:\.(\d{1,18}))?$/.exec(text);
  if (!match) throw validationError(`${field} must be a decimal with at most 18 places`, field);
  return BigInt(match[1]!) * AVT_SCALE + BigInt((match[2] ?? '').padEnd(18, '0'));
}

/** Euros as text ("25", "25.5", "25.50") or a JSON number with at most two decimals → cents. */
export function parseEur(input: unknown, field = 'eur_amount'): Cents {
  const text = typeof input === 'number' && Number.isFinite(input) ? String(input) : input;
  if (typeof text !== 'string') throw validationError(`${field} must be a EUR amount such as "25.00"`, field);
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) throw validationError(`${field} must be a EUR amount with at most 2 decimals, such as "25.00"`, field);
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

export function formatEur(cents: Cents): string {
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
}
