import { DomainError } from '@agentvault/errors';
import { AVT_SCALE, formatEur, parseAvt, type Avt, type Cents } from './money.js';

/**
 * Pledge tiers: a pledge of at least `fromCents` (and below the next tier's start) earns
 * `avtPerEur` AVT for every euro of it, and the tier's cosmetic flare. The rate applies to the
 * whole pledge, so the AVT is exact: cents × rate / 100.
 */
export interface Tier {
  level: number;
  name: string;
  flare: string;
  fromCents: Cents;
  avtPerEur: Avt;
}

export interface TierTable {
  minCents: Cents;
  maxCents: Cents;
  tiers: Tier[];
}

const NAMES = ['Supporter', 'Patron', 'Benefactor', 'Founder', 'Guardian'];
const FLARES = ['bronze', 'silver', 'gold', 'platinum', 'diamond'];

/** `FIAT_TIERS`: "1:2000,50:2500,200:3000" — each tier's starting EUR and its AVT per EUR, ascending. */
export function parseTierSpec(spec: string, min: Cents, max: Cents): TierTable | string {
  const parts = spec.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > NAMES.length) return `expected 1 to ${NAMES.length} tiers such as 1:2000,50:2500,200:3000`;
  const tiers: Tier[] = [];
  for (const [i, part] of parts.entries()) {
    const match = /^(\d{1,9}(?:\.\d{1,2})?):(\d{1,12}(?:\.\d{1,18})?)$/.exec(part);
    if (!match) return `tier "${part}" is not <from EUR>:<AVT per EUR>`;
    const [euros, cents = ''] = match[1]!.split('.');
    const fromCents = BigInt(euros!) * 100n + BigInt(cents.padEnd(2, '0'));
    const avtPerEur = parseAvt(match[2]!);
    if (avtPerEur <= 0n) return `tier "${part}" must earn more than 0 AVT per EUR`;
    if (i > 0 && fromCents <= tiers[i - 1]!.fromCents) return 'tiers must start at ascending amounts';
    tiers.push({ level: i + 1, name: NAMES[i]!, flare: FLARES[i]!, fromCents, avtPerEur });
  }
  if (min <= 0n) return 'the minimum pledge must be more than 0 EUR';
  if (max < min) return 'the maximum pledge must not be below the minimum';
  if (tiers[0]!.fromCents !== min) return `the first tier must start at the minimum pledge (${formatEur(min)} EUR)`;
  if (tiers[tiers.length - 1]!.fromCents > max) return 'every tier must start at or below the maximum pledge';
  return { minCents: min, maxCents: max, tiers };
}

export interface Quote {
  cents: Cents;
  tier: Tier;
  avt: Avt;
}

/** The AVT a pledge earns; refuses amounts outside the table's limits, naming the limit. */
export function quote(table: TierTable, cents: Cents): Quote {
  if (cents < table.minCents) {
    throw new DomainError('validation_error', `eur_amount must be at least ${formatEur(table.minCents)} EUR`, {
      code: 'AMOUNT_BELOW_MINIMUM', field: 'eur_amount', context: { min_eur: formatEur(table.minCents) },
    });
  }
  if (cents > table.maxCents) {
    throw new DomainError('validation_error', `eur_amount must be at most ${formatEur(table.maxCents)} EUR`, {
      code: 'AMOUNT_ABOVE_MAXIMUM', field: 'eur_amount', context: { max_eur: formatEur(table.maxCents) },
    });
  }
  const tier = [...table.tiers].reverse().find((t) => cents >= t.fromCents)!;
  // rate is scaled by 10^18 already; cents / 100 euros: exact as long as the rate has ≤ 16 places.
  const avt = (tier.avtPerEur * cents) / 100n;
  return { cents, tier, avt };
}

/** Where a tier ends: one cent below the next tier's start, or the maximum. */
export function tierUpperCents(table: TierTable, tier: Tier): Cents {
  const next = table.tiers[tier.level];
  return next ? next.fromCents - 1n : table.maxCents;
}

export { AVT_SCALE };
