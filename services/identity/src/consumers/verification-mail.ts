import { identityEvents } from '@agentvault/contracts/identity-events';
import type { BusEvent } from '@agentvault/contracts/events';
import type { EmailVerificationService } from '../domain/email-verification.js';

/**
 * A new developer gets the verification mail. Run through `idempotent`, so a redelivered event
 * mails nothing more; a mail that fails throws, and the event comes again (with a new token: the
 * token is committed before the mail leaves, so a link that arrives always works).
 */
export function verificationMailConsumer(verification: EmailVerificationService) {
  return async (event: BusEvent) => {
    if (!identityEvents.is(event, 'developer.registered')) return;
    await verification.sendVerification(event.data.developer_id);
  };
}
