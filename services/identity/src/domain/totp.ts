import { authenticator } from 'otplib';

const STEP_SECONDS = 30;
// One step of drift either way, so a code typed as it rolls over still counts.
authenticator.options = { window: 1, step: STEP_SECONDS };

export function newTotpSecret(): string {
  return authenticator.generateSecret();
}

export function totpUri(accountEmail: string, issuer: string, secret: string): string {
  return authenticator.keyuri(accountEmail, issuer, secret);
}

/**
 * The time step (counter) a valid code belongs to, or null when the code is not valid now.
 * Callers remember the last step used so that a code counts once per account (RFC 6238 § 5.2).
 */
export function totpCodeStep(code: string, secret: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = authenticator.clone({ epoch: now }).checkDelta(code, secret);
  return delta === null ? null : Math.floor(now / 1000 / STEP_SECONDS) + delta;
}

export function isValidTotpCode(code: string, secret: string): boolean {
  return totpCodeStep(code, secret) !== null;
}

/**
 * The current code for a secret (or the code `stepOffset` steps away); used by tests and by
 * tooling, never sent by the server.
 */
export function currentTotpCode(secret: string, stepOffset = 0): string {
  return authenticator.clone({ epoch: Date.now() + stepOffset * STEP_SECONDS * 1000 }).generate(secret);
}
