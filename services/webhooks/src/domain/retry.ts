/**
 * When a failed delivery is tried again: 1 → 5 → 15 → 60 → 360 units after each failure
 * (with the default unit of a minute: 1m → 5m → 15m → 1h → 6h). The first attempt is
 * immediate, so a delivery gets at most six attempts.
 */
export const RETRY_SCHEDULE_UNITS = [1, 5, 15, 60, 360] as const;
export const MAX_ATTEMPTS = RETRY_SCHEDULE_UNITS.length + 1;

/** Failed attempts in a row (across deliveries) after which a webhook is switched off. */
export const DISABLE_AFTER_CONSECUTIVE_FAILURES = 10;

/** Delay before the next attempt after `attemptsMade` failed attempts, or null when none is left. */
export function retryDelayMs(attemptsMade: number, unitMs: number): number | null {
  if (!Number.isInteger(attemptsMade) || attemptsMade < 1) throw new RangeError('attemptsMade must be a positive integer');
  const units = RETRY_SCHEDULE_UNITS[attemptsMade - 1];
  return units === undefined ? null : units * unitMs;
}

export type AttemptOutcome =
  | { status: 'delivered' }
  | { status: 'pending'; retryInMs: number }
  | { status: 'failed' }
  | { status: 'cancelled' };

/**
 * What becomes of a delivery after an attempt: delivered on success; otherwise retried on the
 * schedule while the webhook is active, failed once the schedule is used up, cancelled when
 * the webhook is (now) inactive.
 */
export function outcomeOfAttempt(input: { succeeded: boolean; attemptsMade: number; unitMs: number; webhookActive: boolean }): AttemptOutcome {
  if (input.succeeded) return { status: 'delivered' };
  const delay = retryDelayMs(input.attemptsMade, input.unitMs);
  if (delay === null) return { status: 'failed' };
  if (!input.webhookActive) return { status: 'cancelled' };
  return { status: 'pending', retryInMs: delay };
}

/** Whether this failure switches the webhook off (only once: an inactive webhook is left alone). */
export function shouldDisable(consecutiveFailures: number, active: boolean): boolean {
  return active && consecutiveFailures >= DISABLE_AFTER_CONSECUTIVE_FAILURES;
}

/** Success is a 2xx answer; a redirect is not followed and counts as a failure. */
export function isSuccessStatus(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}
