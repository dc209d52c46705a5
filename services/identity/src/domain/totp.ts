import { authenticator } from 'otplib';

// One step of drift either way, so a code typed as it rolls over still counts.
authenticator.options = { window: 1 };

export function newTotpSecret(): string {
  return authenticator.generateSecret();
}

export function totpUri(accountEmail: string, issuer: string, secret: string): string {
  return authenticator.keyuri(accountEmail, issuer, secret);
}

export function isValidTotpCode(code: string, secret: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return authenticator.check(code, secret);
}

/** The current code for a secret; used by tests and by tooling, never sent by the server. */
export function currentTotpCode(secret: string): string {
  return authenticator.generate(secret);
}
