import { SCALE } from '@agentvault/ledger/amount';

/**
 * The exact arithmetic of rewards and voting power: bigints only (amounts scaled by 10^18,
 * times in milliseconds, percentages scaled by 10^18, boosts in basis points), always rounding
 * down, so nothing is ever paid or counted that was not earned.
 */

export const YEAR_MS = 365n * 24n * 3600n * 1000n;
export const DAY_MS = 24n * 3600n * 1000n;
export const BPS = 10_000n;

/** From `at` on, a stake earns on `amount` (until the next point). Points are in time order. */
export interface AmountPoint {
  at: number;
  amount: bigint;
}

/** Σ amount × milliseconds of the stake inside [start, end). */
export function stakeWeight(history: readonly AmountPoint[], start: number, end: number): bigint {
  let weight = 0n;
  for (let i = 0; i < history.length; i++) {
    const from = Math.max(history[i]!.at, start);
    const to = Math.min(history[i + 1]?.at ?? end, end);
    if (to > from) weight += history[i]!.amount * BigInt(to - from);
  }
  return weight;
}

/** What a cycle pays in all at an APY (percent × 10^18): Σ weights × APY / (100 × one year). */
export function poolFromApy(totalWeight: bigint, apyPercentScaled: bigint): bigint {
  return (totalWeight * apyPercentScaled) / (100n * SCALE * YEAR_MS);
}

/** What a cycle pays in all as a percentage of the time-averaged stake (an administrator's one-off cycle). */
export function poolFromPercentage(totalWeight: bigint, percentScaled: bigint, cycleMs: number): bigint {
  if (cycleMs <= 0) return 0n;
  return (totalWeight * percentScaled) / (100n * SCALE * BigInt(cycleMs));
}

/**
 * Splits `pool` pro rata to the weights, rounding each share down. What rounding leaves (less
 * than one unit per share) is the remainder: it stays in the treasury and is recorded.
 */
export function distribute<K>(pool: bigint, weights: ReadonlyMap<K, bigint>): { shares: Map<K, bigint>; remainder: bigint } {
  let total = 0n;
  for (const w of weights.values()) total += w;
  const shares = new Map<K, bigint>();
  if (total === 0n || pool === 0n) return { shares, remainder: pool };
  let paid = 0n;
  for (const [key, w] of weights) {
    const share = (pool * w) / total;
    shares.set(key, share);
    paid += share;
  }
  return { shares, remainder: pool - paid };
}

export interface DelegatedPart {
  id: string;
  amount: bigint;
  /** The validator's cut of the rewards on this part, in basis points (10.5% → 1050). */
  shareBps: bigint;
}

/**
 * A stake's reward split between its owner and the validators it is delegated to: each
 * validator gets its agreed cut of the reward on the part delegated to it (rounded down);
 * the owner gets the rest, so the parts always add up to the reward.
 */
export function splitReward(reward: bigint, stakeAmount: bigint, delegations: readonly DelegatedPart[]): { owner: bigint; validators: Map<string, bigint> } {
  const validators = new Map<string, bigint>();
  let toValidators = 0n;
  if (stakeAmount > 0n) {
    for (const d of delegations) {
      const cut = (reward * d.amount * d.shareBps) / (stakeAmount * BPS);
      validators.set(d.id, cut);
      toValidators += cut;
    }
  }
  return { owner: reward - toValidators, validators };
}

/**
 * veToken boost, in basis points: 1× for an unlocked stake, rising in a straight line with the
 * remaining lock to `maxBoostBps` at `maxLockMs` (and no further).
 */
export function boostBps(remainingLockMs: number, maxLockMs: number, maxBoostBps: bigint): bigint {
  if (remainingLockMs <= 0 || maxLockMs <= 0) return BPS;
  const remaining = BigInt(Math.min(remainingLockMs, maxLockMs));
  return BPS + ((maxBoostBps - BPS) * remaining) / BigInt(maxLockMs);
}

export function boosted(amount: bigint, bps: bigint): bigint {
  return (amount * bps) / BPS;
}

/** "12.5" → 1250 basis points; at most two decimals, 0 to `max` percent. */
export function percentToBps(text: string, max = 100): bigint | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const bps = BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0') || '0');
  return bps > BigInt(max) * 100n ? null : bps;
}

export function bpsToPercent(bps: bigint): string {
  return `${bps / 100n}.${(bps % 100n).toString().padStart(2, '0')}`;
}

/** "2.5" → 25000 basis points (a multiplier with up to four decimals). */
export function multiplierToBps(text: string): bigint | null {
  const m = /^(\d{1,4})(?:\.(\d{1,4}))?$/.exec(text.trim());
  if (!m) return null;
  return BigInt(m[1]!) * BPS + BigInt((m[2] ?? '').padEnd(4, '0') || '0');
}

export function bpsToMultiplier(bps: bigint): string {
  return `${bps / BPS}.${(bps % BPS).toString().padStart(4, '0')}`;
}
